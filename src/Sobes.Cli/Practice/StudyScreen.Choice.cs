using Sobes.Core.Cards;
using Sobes.Data.Practice;
using Spectre.Console;

namespace Sobes.Cli.Practice;

internal sealed partial class StudyScreen
{
    // Options in a new order at each showing; right or wrong by the key, or — with no author key — the crowd's
    // pick shown and the learner invited to set the key (k) before grading themselves.
    private async Task<CardOutcome> ChoiceAsync(StudyCard card, CancellationToken cancellationToken)
    {
        var options = card.Payload.Options ?? [];
        var order = ChoiceShuffle.Order(card.CardId, card.Schedule.Reps, options.Count);
        Show("Quiz", card.Payload.Prompt);
        for (var i = 0; i < order.Count; i++)
        {
            Console.MarkupLine($"  [bold]{i + 1}[/]  {Markup.Escape(options[order[i]].Text)}");
        }

        int picked;
        while (true)
        {
            var key = keys.ReadKey();
            if (key is null) { return new CardOutcome.Quit(); }
            if (key.Value.KeyChar - '1' is var n && n >= 0 && n < order.Count) { picked = order[n]; break; }
            if (Command(key.Value) is { } outcome) { return outcome; }
        }

        var took = context.Time.GetElapsedTime(shownAt);
        var answer = picked.ToString(System.Globalization.CultureInfo.InvariantCulture);
        ShowShares(options, order, picked);
        if (PracticeSession.Check(card, answer) is { } verdict)
        {
            Verdict(verdict.Correct, "Answer: " + verdict.Expected);
            return Grade(PracticeSession.Suggested(verdict, took), answer, took);
        }

        var crowd = card.Key?.CrowdPick ?? QuizKeyInfo.Of(options, null, null).CrowdPick;
        var suggested = PracticeSession.Suggested(card, answer, null, took);
        Console.MarkupLine("[yellow]No author key is known for this quiz.[/]"
            + (crowd is { } pick ? " The crowd's pick: " + Markup.Escape(options[pick].Text) : ""));
        if (suggested is { } grade)
        {
            // Only the crowd's pick is known: say so and offer its grade rather than leave the learner to grade a guess.
            Console.MarkupLine($"[yellow]Only the crowd's pick is known, not the author's answer:[/] suggested grade [bold]{grade}[/] from how the channel voted.");
            Console.MarkupLine("[grey]k: record your answer as the key · Enter: accept the suggested grade · or grade yourself 1–4[/]");
        }
        else
        {
            Console.MarkupLine("[grey]k: record your answer as the key · then grade yourself 1–4[/]");
        }

        while (true)
        {
            var key = keys.ReadKey();
            if (key is null) { return new CardOutcome.Quit(); }
            if (suggested is { } accepted && (key.Value.Key == ConsoleKey.Enter || key.Value.KeyChar == '\r'))
            {
                return new CardOutcome.Rated(accepted, answer, took);
            }

            if (KeyLayout.Latin(key.Value.KeyChar) == 'k' && await session.SetKeyAsync(card, picked, Learners.LocalName, cancellationToken)
                && await session.CardAsync(card.CardId, cancellationToken) is { } keyed)
            {
                Console.MarkupLine("[green]Key recorded (source: user).[/]");
                return Grade(PracticeSession.Suggested(PracticeSession.Check(keyed, answer), took), answer, took);
            }

            if (key.Value.KeyChar is >= '1' and <= '4') { return new CardOutcome.Rated(new Core.Srs.Rating(key.Value.KeyChar - '0'), answer, took); }
            if (Command(key.Value) is { } outcome) { return outcome; }
        }
    }

    private void ShowShares(IReadOnlyList<ChoiceOption> options, IReadOnlyList<int> order, int picked)
    {
        foreach (var i in order)
        {
            var share = options[i].Share is { } s ? $"{s,4:P0}" : "   ?";
            Console.MarkupLine($"  {share}  {Markup.Escape(options[i].Text)}{(i == picked ? " [blue]← you[/]" : "")}");
        }
    }
}
