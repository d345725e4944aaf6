using System.CommandLine;
using System.Globalization;
using Sobes.Cli.Practice;
using Sobes.Data.Practice;
using Spectre.Console;

namespace Sobes.Cli.Commands;

/// <summary>`sobes progress [--json]`: reviews per day, true retention, due forecast, mastery per topic, streak.</summary>
internal static class ProgressCommand
{
    public static Command Create(CliContext context)
    {
        var json = CliContext.JsonOption();
        var command = new Command("progress", "Practice statistics: reviews per day, true retention against desired, 30-day due forecast, mastery per topic, streak.") { json };
        command.SetAction(async (parse, ct) =>
        {
            var (database, session) = await PracticeStart.OpenAsync(context, parse, SessionFilter.All, ct);
            await using var db = database.CreateContext();
            var report = await PracticeStats.ForAsync(db, session.Learner.Id, context.Time.GetUtcNow(), ct);
            if (parse.GetValue(json))
            {
                // "prediction": how well the learner's parameters predict their history (log loss, RMSE(bins)); null without items.
                var prediction = await LearnerFsrs.EvaluateAsync(db, session.Learner, context.Time.GetUtcNow(), ct);
                context.WriteJson(new { progress = report, prediction });
                return 0;
            }

            Render(context.Console, report);
            return 0;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, ProgressReport report)
    {
        var inv = CultureInfo.InvariantCulture;
        console.MarkupLine($"[bold]{report.Cards}[/] cards: {report.NewCards} new · {report.LearningCards} learning · {report.YoungCards} young · {report.MatureCards} mature · streak [bold]{report.Streak}[/] days");
        console.MarkupLine("recalled over 30 days: " + (report.Recall is { } recall ? recall.ToString("P1", inv) : "—"));
        console.MarkupLine("true retention: " + (report.TrueRetention is { } r ? r.ToString("P1", inv) : "—") + $" (desired {report.DesiredRetention.ToString("P0", inv)})");
        var perDay = new BarChart().Label("reviews per day").Width(60);
        foreach (var (day, n) in report.ReviewsPerDay)
        {
            perDay.AddItem(day.ToString("MM-dd", inv), n, Color.SteelBlue);
        }

        console.Write(perDay);
        console.MarkupLine("due in the next 30 days: " + string.Join(' ', report.DueForecast));
        var mastery = new Table().AddColumns("topic", "mastery", "recalled");
        foreach (var (topic, m) in report.TopicMastery)
        {
            mastery.AddRow(Markup.Escape(topic), m.ToString("P0", inv), report.TopicRecall.TryGetValue(topic, out var recalled) ? recalled.ToString("P0", inv) : "—");
        }

        console.Write(mastery);
    }
}
