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
                var correct = AnswerCheck.Check(card.CardId, card.Schedule.Reps, card.Type, card.Payload, card.Key, said)!.Correct;
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
        var correct = AnswerCheck.Check(card.CardId, card.Schedule.Reps, card.Type, card.Payload, card.Key, text!)!.Correct;
        Verdict(correct, "The term: " + card.Payload.Answer);
        return Grade(ObjectiveGrade.Rate(correct, context.Time.GetElapsedTime(started)), text, correct);
    }

    private CardOutcome Matching(StudyCard card)
    {
        var pairs = card.Payload.Pairs ?? [];
        var order = AnswerCheck.MatchingOrder(card.CardId, card.Schedule.Reps, pairs.Count);
        var table = new Table().AddColumns("#", "term", "", "definition");
        for (var i = 0; i < pairs.Count; i++)
        {
            table.AddRow((i + 1).ToString(), Markup.Escape(pairs[i].Term), ((char)('a' + i)).ToString(), Markup.Escape(pairs[order[i]].Definition));
        }

        Console.Write(table);
        var started = context.Time.GetTimestamp();
        var (text, command) = ReadAnswer($"letters for terms 1–{pairs.Count} (e.g. {string.Concat(Enumerable.Range(0, pairs.Count).Select(i => (char)('a' + i)))}):");
        if (command is not null) { return command; }
        var verdict = AnswerCheck.Check(card.CardId, card.Schedule.Reps, card.Type, card.Payload, card.Key, text!)!;
        Verdict(verdict.Correct, "The pairs: " + verdict.Expected);
        return Grade(ObjectiveGrade.Rate(verdict.Correct, context.Time.GetElapsedTime(started)), text, verdict.Correct);
    }

    private CardOutcome Problem(StudyCard card)
    {
        var instance = AnswerCheck.ProblemOf(card.CardId, card.Schedule.Reps, card.Payload);
        if (instance is null) { return Flashcard(card); }
        var generator = ProblemCatalog.Find(instance.Kind)!;
        Show(card.Payload.Language == "en" ? generator.TitleEn : generator.TitleRu, instance.Statement);
        var started = context.Time.GetTimestamp();
        var answers = new Dictionary<string, string>();
        foreach (var part in instance.Parts)
        {
            var (text, command) = ReadAnswer($"{part.Label}) {part.Prompt}");
            if (command is not null) { return command; }
            answers[part.Label] = text!;
        }

        var result = AnswerCheck.Problem(instance, answers);
        foreach (var part in result.Parts)
        {
            Console.MarkupLine($"{part.Label}) {(part.Correct ? "[green]right[/]" : "[red]wrong[/]")} — {Markup.Escape(part.Expected.Display(instance.Language))}{(part.Hint is { } h ? " · " + Markup.Escape(h) : "")}");
        }

        return Grade(ObjectiveGrade.Rate(result.Correct, context.Time.GetElapsedTime(started)), AnswerCheck.ProblemAnswerText(answers), result.Correct);
    }

    private void Verdict(bool correct, string detail) =>
        Console.MarkupLine((correct ? "[green]Right.[/] " : "[red]Wrong.[/] ") + Markup.Escape(detail));
}
