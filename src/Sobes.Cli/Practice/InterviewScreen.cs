using Sobes.Core.Cards;
using Sobes.Core.Srs;
using Sobes.Data.Practice;
using Spectre.Console;

namespace Sobes.Cli.Practice;

/// <summary>The mock interview loop: question, timed typed answer, reference answer, self-grade; then a report per topic.</summary>
internal sealed class InterviewScreen(CliContext context, PracticeSession session, IKeyInput keys, TimeSpan limit)
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

            await session.AnswerAsync(card, string.Join('\n', lines), grade.Value, took, cancellationToken);
            answers.Add(new InterviewAnswer(card.Topic, grade.Value, took, limit));
        }

        Report(answers);
        return answers;
    }

    private Rating? ReadGrade()
    {
        while (keys.ReadKey() is { } key)
        {
            if (key.KeyChar is >= '1' and <= '4') { return new Rating(key.KeyChar - '0'); }
            if (KeyLayout.Latin(key.KeyChar) == 'q') { return null; }
        }

        return null;
    }

    private void Report(List<InterviewAnswer> answers)
    {
        Console.Write(new Rule("[bold]Interview report[/]").LeftJustified());
        var table = new Table().AddColumns("topic", "questions", "passed", "mean grade", "over time");
        foreach (var line in InterviewReport.Of(answers))
        {
            table.AddRow(Markup.Escape(line.Topic), line.Questions.ToString(), line.Passed.ToString(),
                line.MeanGrade.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture), line.OverTime.ToString());
        }

        Console.Write(table);
        Console.MarkupLine($"{answers.Count} answered, {answers.Count(a => a.Grade.IsPass)} passed; the grades are in your review schedule.");
    }
}
