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
        while (true)
        {
            var key = keys.ReadKey();
            if (key is null) { return new CardOutcome.Quit(); }
            var c = KeyLayout.Latin(key.Value.KeyChar);
            if (c is 'y' or 'n')
            {
                var said = c == 'y' ? "true" : "false";
                return Checked(card, said, verdict => card.Payload.Answer == "true" ? "It is true." : "It is false.");
            }

            if (Command(key.Value) is { } outcome) { return outcome; }
        }
    }

    private CardOutcome Cloze(StudyCard card)
    {
        Show("Fill the blank", card.Payload.Prompt);
        var (text, command) = ReadAnswer("term (empty: I don't know):");
        return command ?? Checked(card, text!, verdict => "The term: " + card.Payload.Answer);
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
        var (text, command) = ReadAnswer($"letters for terms 1–{pairs.Count} (e.g. {string.Concat(Enumerable.Range(0, pairs.Count).Select(i => (char)('a' + i)))}):");
        return command ?? Checked(card, text!, verdict => "The pairs: " + verdict.Expected);
    }

    private CardOutcome Problem(StudyCard card)
    {
        if (!card.IsChecked || AnswerCheck.ProblemOf(card.CardId, card.Schedule.Reps, card.Payload) is not { } instance) { return Flashcard(card); }
        var generator = ProblemCatalog.Find(instance.Kind)!;
        Show(card.Payload.Language == "en" ? generator.TitleEn : generator.TitleRu, instance.Statement);
        var answers = new Dictionary<string, string>();
        foreach (var part in instance.Parts)
        {
            var (text, command) = ReadAnswer($"{part.Label}) {part.Prompt}");
            if (command is not null) { return command; }
            answers[part.Label] = text!;
        }

        var answer = AnswerCheck.ProblemAnswerText(answers);
        var took = context.Time.GetElapsedTime(shownAt);
        var verdict = PracticeSession.Check(card, answer)!;
        foreach (var part in verdict.Parts)
        {
            Console.MarkupLine($"{part.Label}) {(part.Correct ? "[green]right[/]" : "[red]wrong[/]")} — {Markup.Escape(part.Expected.Display(instance.Language))}{(part.Hint is { } h ? " · " + Markup.Escape(h) : "")}");
        }

        return Grade(PracticeSession.Suggested(verdict, took), answer, took);
    }

    /// <summary>Checks <paramref name="answer"/> as the session does, shows the verdict and asks for the grade (the suggested one on Enter).</summary>
    private CardOutcome Checked(StudyCard card, string answer, Func<AnswerVerdict, string> detail)
    {
        var took = context.Time.GetElapsedTime(shownAt);
        var verdict = PracticeSession.Check(card, answer)!;
        Verdict(verdict.Correct, detail(verdict));
        return Grade(PracticeSession.Suggested(verdict, took), answer, took);
    }

    private void Verdict(bool correct, string detail) =>
        Console.MarkupLine((correct ? "[green]Right.[/] " : "[red]Wrong.[/] ") + Markup.Escape(detail));
}
