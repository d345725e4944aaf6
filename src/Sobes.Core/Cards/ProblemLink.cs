using Sobes.Core.Problems;

namespace Sobes.Core.Cards;

/// <summary>
/// Links a problem post to a problem generator only when the generator practises the same task. The rule: the
/// post's statement (not its solution) names at least two distinct keywords of the generator that are five letters
/// or longer (short ones such as "тест", "tree", "карт" name too many tasks), it holds a number (the task is
/// numeric, as every generated one is), and no other generator is named as often.
/// </summary>
public static class ProblemLink
{
    /// <summary>The shortest keyword that counts.</summary>
    public const int MinKeywordLength = 5;

    /// <summary>The kind of the generator linked to <paramref name="statement"/>, or null when none practises its task.</summary>
    public static string? Kind(string? statement)
    {
        if (string.IsNullOrWhiteSpace(statement) || !statement.Any(char.IsDigit))
        {
            return null;
        }

        var text = statement.ToLowerInvariant().Replace('ё', 'е');
        var scores = ProblemCatalog.All
            .Select(g => (g.Kind, Hits: g.Keywords.Where(k => k.Length >= MinKeywordLength).Select(k => k.Replace('ё', 'е')).Where(k => StartsWord(text, k)).Distinct().Count()))
            .OrderByDescending(s => s.Hits).ToList();
        return scores.Count > 0 && scores[0].Hits >= 2 && (scores.Count == 1 || scores[1].Hits < scores[0].Hits) ? scores[0].Kind : null;
    }

    // A keyword (a stem) matches at the start of a word.
    private static bool StartsWord(string text, string keyword)
    {
        for (var at = text.IndexOf(keyword, StringComparison.Ordinal); at >= 0; at = text.IndexOf(keyword, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || !char.IsLetterOrDigit(text[at - 1]))
            {
                return true;
            }
        }

        return false;
    }
}
