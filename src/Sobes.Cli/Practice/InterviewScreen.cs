using Sobes.Core.Srs;
using Sobes.Data.Practice;
using Sobes.Data.Storage;
using Spectre.Console;

namespace Sobes.Cli.Practice;

/// <summary>One question of a mock interview, as answered.</summary>
internal sealed record InterviewAnswer(StudyCard Card, string Answer, TimeSpan Took, bool OverTime, Rating Grade);

/// <summary>The mock interview loop: question, timed typed answer, reference answer, self-grade; then a report per topic.</summary>
internal sealed class InterviewScreen(CliContext context, SobesDatabase database, IKeyInput keys, TimeSpan limit)
{
    private IAnsiConsole Console => context.Console;

    public async Task<IReadOnlyList<InterviewAnswer>> RunAsync(IReadOnlyList<StudyCard> questions, CancellationToken cancellationToken)
    {
        var answers = new List<InterviewAnswer>();
        for (var i = 0; i < questions.Count; i++)
        {
            var card = questions[i];
            Console.Clear();
            Console.Write(new Rule($"[grey]question {i + 1}/{questions.Count} · {Markup.Escape(card.Topic)} · {limit:m\\:ss} to answer[/]").LeftJustified());
            Console.Write(new Panel(Markup.Escape(card.Payload.Prompt)).Header("Question").Expand());
            Console.MarkupLine("[grey]type your answer; an empty line ends it[/]");
            var started = context.Time.GetTimestamp();
            var lines = new List<string>();
            while (keys.ReadLine(Console) is { Length: > 0 } line)
            {
                lines.Add(line);
            }

            var took = context.Time.GetElapsedTime(started);
            var over = took > limit;
            Console.MarkupLine($"[grey]took {took:m\\:ss} of {limit:m\\:ss}[/]" + (over ? " [red]over time[/]" : ""));
            Console.Write(new Panel(Markup.Escape(card.Payload.Answer ?? "")).Header("Reference answer").Expand());
            Console.MarkupLine("[grey]grade yourself: 1 again · 2 hard · 3 good · 4 easy · q end the interview[/]");
            var grade = ReadGrade();
            if (grade is null)
            {
                break;
            }

            await using var db = database.CreateContext();
            await Reviews.AnswerAsync(db, new ReviewAnswer(card.CardId, grade.Value, took, string.Join('\n', lines)), context.Time.GetUtcNow(), cancellationToken);
            answers.Add(new InterviewAnswer(card, string.Join('\n', lines), took, over, grade.Value));
        }

        Report(answers);
        return answers;
    }

    private Rating? ReadGrade()
    {
        while (keys.ReadKey() is { } key)
        {
            if (key.KeyChar is >= '1' and <= '4') { return new Rating(key.KeyChar - '0'); }
            if (char.ToLowerInvariant(key.KeyChar) == 'q') { return null; }
        }

        return null;
    }

    private void Report(List<InterviewAnswer> answers)
    {
        Console.Write(new Rule("[bold]Interview report[/]").LeftJustified());
        var table = new Table().AddColumns("topic", "questions", "passed", "mean grade", "over time");
        foreach (var topic in answers.GroupBy(a => a.Card.Topic.Length == 0 ? "(none)" : a.Card.Topic).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            table.AddRow(Markup.Escape(topic.Key), topic.Count().ToString(), topic.Count(a => a.Grade.IsPass).ToString(),
                topic.Average(a => a.Grade.Value).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture), topic.Count(a => a.OverTime).ToString());
        }

        Console.Write(table);
        Console.MarkupLine($"{answers.Count} answered, {answers.Count(a => a.Grade.IsPass)} passed; the grades are in your review schedule.");
    }
}
