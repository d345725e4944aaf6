using System.Globalization;
using System.Text.RegularExpressions;
using Sobes.Core.Cards.Linting;

namespace Sobes.Core.Cards;

/// <summary>One cloze deletion an author made: <c>{{c2::answer::hint}}</c>.</summary>
/// <param name="Number">The deletion's number (the 2 of c2): one card per number.</param>
/// <param name="Answer">What the blank hides.</param>
/// <param name="Hint">The author's hint for the blank, or null.</param>
public sealed record AuthorDeletion(int Number, string Answer, string? Hint);

/// <summary>
/// Anki's cloze deletions as an author wrote them in a note's text (<c>{{c1::answer}}</c>, <c>{{c1::answer::hint}}</c>):
/// finding them, filling them in, and the card each deletion number makes — the text with that number's deletion
/// blanked (its hint after the blank as "[hint]") and every other deletion filled in, as Anki shows it.
/// </summary>
public static partial class AuthorClozes
{
    /// <summary>True when <paramref name="text"/> holds an author's cloze deletion.</summary>
    public static bool Has(string? text) => text is not null && text.Contains("{{c", StringComparison.Ordinal) && Marker().IsMatch(text);

    /// <summary>The text with every deletion replaced by its answer.</summary>
    public static string Reveal(string text) => Marker().Replace(text ?? "", m => m.Groups["answer"].Value);

    /// <summary>The deletions in the order they appear.</summary>
    public static IReadOnlyList<AuthorDeletion> Deletions(string text) =>
        Marker().Matches(text ?? "").Select(m => new AuthorDeletion(
            int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture), m.Groups["answer"].Value.Trim(),
            m.Groups["hint"].Success && m.Groups["hint"].Value.Trim().Length > 0 ? m.Groups["hint"].Value.Trim() : null)).ToList();

    /// <summary>
    /// The prompt and answer of deletion <paramref name="number"/>'s card: the cloze text (the paragraphs up to the last
    /// one holding a deletion; what follows is the note's extra field) with that number's deletions blanked and the
    /// others filled in. The answer is the deletion's text; a number used twice gives two blanks, which the linter refuses.
    /// </summary>
    public static (string Prompt, string Answer) Card(string text, int number)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cloze = ClozeText(text);
        string? answer = null;
        var prompt = Marker().Replace(cloze, m =>
        {
            if (int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) != number)
            {
                return m.Groups["answer"].Value;
            }

            answer ??= m.Groups["answer"].Value.Trim();
            var hint = m.Groups["hint"].Success ? m.Groups["hint"].Value.Trim() : "";
            return hint.Length > 0 ? $"{LintRules.Blank} [{hint}]" : LintRules.Blank;
        });
        return (prompt.Trim(), answer ?? "");
    }

    // The note's cloze field: its paragraphs up to the last one with a deletion (an Anki Cloze note's Extra field follows).
    private static string ClozeText(string text)
    {
        var paragraphs = text.Split("\n\n");
        var last = Array.FindLastIndex(paragraphs, p => Marker().IsMatch(p));
        return last < 0 ? text : string.Join("\n\n", paragraphs[..(last + 1)]);
    }

    [GeneratedRegex(@"\{\{c(?<n>\d{1,3})::(?<answer>.*?)(?:::(?<hint>.*?))?\}\}", RegexOptions.Singleline)]
    private static partial Regex Marker();
}
