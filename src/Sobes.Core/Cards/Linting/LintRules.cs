using System.Text.RegularExpressions;

namespace Sobes.Core.Cards.Linting;

/// <summary>The card linter's rules, in the order they are tried. Each is a named unit with its own tests.</summary>
public static partial class LintRules
{
    /// <summary>The blank a cloze prompt shows in place of its answer.</summary>
    public const string Blank = "____";

    // Built on first use: the rules are initialised in other files of this partial class, in an order C# leaves open.
    private static IReadOnlyList<LintRule>? all;

    /// <summary>Every rule: structural first, then term choice.</summary>
    public static IReadOnlyList<LintRule> All => all ??=
    [
        LeftoverMarkup, AdOrTemplate, DanglingReference, LostFormula, CutText, TooShort, EmptyRecall,
        NotATerm, BlankCutsWord, TrivialBlank, AnswerInPrompt, AmbiguousPrompt,
    ];

    // The short texts a card shows in full (a flashcard's answer is the source's own prose and may hold lists).
    private static IEnumerable<string> ShortTexts(CardDraft card)
    {
        var p = card.Payload;
        yield return p.Prompt;
        if (card.Type is not (CardType.Flashcard or CardType.Problem or CardType.Reading) && p.Answer is { } answer)
        {
            yield return answer;
        }

        foreach (var option in p.Options ?? [])
        {
            yield return option.Text;
        }

        foreach (var pair in p.Pairs ?? [])
        {
            yield return pair.Term;
            yield return pair.Definition;
        }
    }

    // Everything the learner reads.
    private static IEnumerable<string> AllTexts(CardDraft card)
    {
        foreach (var text in ShortTexts(card))
        {
            yield return text;
        }

        if (card.Type is CardType.Flashcard or CardType.Problem or CardType.Reading && card.Payload.Answer is { } answer)
        {
            yield return answer;
        }
    }

    private static int Words(string text) => Regex.Count(text, @"[\p{L}\p{N}]+");

    private static bool Has(Regex pattern, IEnumerable<string> texts) => texts.Any(pattern.IsMatch);
}
