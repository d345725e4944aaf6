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

        var started = context.Time.GetTimestamp();
        int picked;
        while (true)
        {
            var key = keys.ReadKey();
            if (key is null) { return new CardOutcome.Quit(); }
            if (key.Value.KeyChar - '1' is var n && n >= 0 && n < order.Count) { picked = order[n]; break; }
            if (Command(key.Value) is { } outcome) { return outcome; }
        }

        var took = context.Time.GetElapsedTime(started);
        ShowShares(options, order, picked);
        var key0 = card.Key ?? QuizKeyInfo.Of(options, null, null);
        if (AnswerCheck.Check(card.CardId, card.Schedule.Reps, card.Type, card.Payload, key0, picked.ToString(System.Globalization.CultureInfo.InvariantCulture)) is { } verdict)
        {
            Verdict(verdict.Correct, "Answer: " + verdict.Expected);
            return Grade(ObjectiveGrade.Rate(verdict.Correct, took), options[picked].Text, verdict.Correct);
        }

        Console.MarkupLine("[yellow]No author key is known for this quiz.[/]"
            + (key0.CrowdPick is { } crowd ? " The crowd's pick: " + Markup.Escape(options[crowd].Text) : ""));
        Console.MarkupLine("[grey]k: record your answer as the key · then grade yourself 1–4[/]");
        while (true)
        {
            var key = keys.ReadKey();
            if (key is null) { return new CardOutcome.Quit(); }
            if (char.ToLowerInvariant(key.Value.KeyChar) == 'k')
            {
                await using var db = database.CreateContext();
                await CardEdits.SetQuizKeyAsync(db, card.ItemId, picked, Learners.LocalName, context.Time.GetUtcNow(), cancellationToken);
                Console.MarkupLine("[green]Key recorded (source: user).[/]");
                return Grade(ObjectiveGrade.Rate(true, took), options[picked].Text, true);
            }

            if (key.Value.KeyChar is >= '1' and <= '4') { return new CardOutcome.Rated(new Core.Srs.Rating(key.Value.KeyChar - '0'), options[picked].Text, null); }
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
