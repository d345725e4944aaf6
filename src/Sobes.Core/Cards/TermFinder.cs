using System.Text.RegularExpressions;

namespace Sobes.Core.Cards;

/// <summary>
/// Finds terms worth a cloze card in an item's text: definitions ("X — это …", "X is …"), bold terms
/// (**X**) and glossary terms the caller knows.
/// </summary>
public static partial class TermFinder
{
    private const int MaxTermLength = 60;

    /// <summary>Definitions "Term — это definition." found in <paramref name="text"/>, in order, each term once.</summary>
    public static IReadOnlyList<TermDefinition> Definitions(string text, long itemId)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<TermDefinition>();
        foreach (Match m in DefinitionPattern().Matches(text))
        {
            var term = Clean(m.Groups["term"].Value);
            var definition = m.Groups["def"].Value.Trim().TrimEnd('.');
            if (term.Length is < 2 or > MaxTermLength || definition.Length < 10 || found.Any(f => Same(f.Term, term)))
            {
                continue;
            }

            found.Add(new TermDefinition(term, definition, itemId));
        }

        return found;
    }

    /// <summary>Terms written in bold (**term**), each once.</summary>
    public static IReadOnlyList<string> BoldTerms(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return BoldPattern().Matches(text).Select(m => Clean(m.Groups[1].Value))
            .Where(t => t.Length is >= 2 and <= MaxTermLength).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>Whether <paramref name="term"/> occurs in <paramref name="text"/> as whole words (case ignored).</summary>
    public static bool ContainsWord(string text, string term)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(term);
        for (var at = text.IndexOf(term, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(term, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + term.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether two spellings name the same term (case and ё/е ignored).</summary>
    public static bool Same(string a, string b) => string.Equals(Key(a), Key(b), StringComparison.Ordinal);

    /// <summary>A normalised form of a term, for generator keys.</summary>
    public static string Key(string term) => (term ?? "").Trim().ToLowerInvariant().Replace('ё', 'е');

    private static string Clean(string term) => term.Trim().Trim('*', '"', '«', '»', ' ', '-', '•').Trim();

    // A sentence opening with a short term, a dash and "это" (ru), or "X is a/an/the …" (en).
    [GeneratedRegex(@"(?:^|(?<=[.!?\n]\s*))(?<term>[^\s.!?\n][^.!?\n—–]{1,59}?)\s+(?:[—–-]\s*это|is\s+(?:a|an|the))\s+(?<def>[^\n]{10,300}?)(?:[.!?](?=\s|$)|\n|$)", RegexOptions.Multiline)]
    private static partial Regex DefinitionPattern();

    [GeneratedRegex(@"\*\*([^*\n]{2,60})\*\*")]
    private static partial Regex BoldPattern();
}
