using Sobes.Core.Cards;
using Sobes.Core.Problems;
using Sobes.Data.Practice;
using Spectre.Console;

namespace Sobes.Cli.Practice;

internal sealed partial class StudyScreen
{
    private CardOutcome Flashcard(StudyCard card)
    {
        Show("Question", card.Payload.Prompt);
        if (WaitForReveal() is { } command) { return command; }
        Show("Answer", card.Payload.Answer ?? "");
        return Grade(null, null, null);
    }

    private CardOutcome Reading(StudyCard card)
    {
        Show("Case", card.Payload.Prompt);
        return Grade(null, null, null, skippable: true);
    }

    private CardOutcome TrueFalse(StudyCard card)
    {
        Show("True or false?", card.Payload.Prompt);
        Console.MarkupLine("[grey]y true · n false[/]");
        var started = context.Time.GetTimestamp();
        while (true)
        {
            var key = keys.ReadKey();
            if (key is null) { return new CardOutcome.Quit(); }
            var c = char.ToLowerInvariant(key.Value.KeyChar);
            if (c is 'y' or 'n')
            {
                var said = c == 'y' ? "true" : "false";
                var correct = said == card.Payload.Answer;
                Verdict(correct, card.Payload.Answer == "true" ? "It is true." : "It is false.");
                return Grade(ObjectiveGrade.Rate(correct, context.Time.GetElapsedTime(started)), said, correct);
            }

            if (Command(key.Value) is { } outcome) { return outcome; }
        }
    }

    private CardOutcome Cloze(StudyCard card)
    {
        Show("Fill the blank", card.Payload.Prompt);
        var started = context.Time.GetTimestamp();
        var (text, command) = ReadAnswer("term:");
        if (command is not null) { return command; }
        var correct = TermFinder.Same(text!, card.Payload.Answer ?? "");
        Verdict(correct, "The term: " + card.Payload.Answer);
        return Grade(ObjectiveGrade.Rate(correct, context.Time.GetElapsedTime(started)), text, correct);
    }

    private CardOutcome Matching(StudyCard card)
    {
        var pairs = card.Payload.Pairs ?? [];
        var order = ChoiceShuffle.Order(card.CardId, card.Schedule.Reps, pairs.Count);
        var table = new Table().AddColumns("#", "term", "", "definition");
        for (var i = 0; i < pairs.Count; i++)
        {
            table.AddRow((i + 1).ToString(), Markup.Escape(pairs[i].Term), ((char)('a' + i)).ToString(), Markup.Escape(pairs[order[i]].Definition));
        }

        Console.Write(table);
        var started = context.Time.GetTimestamp();
        var (text, command) = ReadAnswer($"letters for terms 1–{pairs.Count} (e.g. {string.Concat(Enumerable.Range(0, pairs.Count).Select(i => (char)('a' + i)))}):");
        if (command is not null) { return command; }
        var expected = string.Concat(Enumerable.Range(0, pairs.Count).Select(term => (char)('a' + Array.IndexOf(order.ToArray(), term))));
        var correct = string.Equals(new string(text!.Where(char.IsLetter).ToArray()), expected, StringComparison.OrdinalIgnoreCase);
        Verdict(correct, "The pairs: " + expected);
        return Grade(ObjectiveGrade.Rate(correct, context.Time.GetElapsedTime(started)), text, correct);
    }

    private CardOutcome Problem(StudyCard card)
    {
        var generator = ProblemCatalog.Find(card.Payload.ProblemKind ?? "");
        if (generator is null) { return Flashcard(card); }
        // A new instance at every review, reproducible from card id and repetition count.
        var instance = generator.Generate(unchecked((int)((card.CardId * 7919) + card.Schedule.Reps)), card.Payload.Language);
        Show(card.Payload.Language == "en" ? generator.TitleEn : generator.TitleRu, instance.Statement);
        var started = context.Time.GetTimestamp();
        var answers = new Dictionary<string, string>();
        foreach (var part in instance.Parts)
        {
            var (text, command) = ReadAnswer($"{part.Label}) {part.Prompt}");
            if (command is not null) { return command; }
            answers[part.Label] = text!;
        }

        var result = AnswerChecker.Check(instance, answers);
        foreach (var part in result.Parts)
        {
            Console.MarkupLine($"{part.Label}) {(part.Correct ? "[green]right[/]" : "[red]wrong[/]")} — {Markup.Escape(part.Expected.Display(instance.Language))}{(part.Hint is { } h ? " · " + Markup.Escape(h) : "")}");
        }

        return Grade(ObjectiveGrade.Rate(result.AllCorrect, context.Time.GetElapsedTime(started)), string.Join("; ", answers.Select(a => $"{a.Key}={a.Value}")), result.AllCorrect);
    }

    private void Verdict(bool correct, string detail) =>
        Console.MarkupLine((correct ? "[green]Right.[/] " : "[red]Wrong.[/] ") + Markup.Escape(detail));
}
