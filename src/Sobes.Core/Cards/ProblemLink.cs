using Sobes.Core.Problems;

namespace Sobes.Core.Cards;

/// <summary>
/// Links a problem post to a problem generator only when the generator practises the same task. The rule: the
/// post (its statement and its worked solution, which often names the method: "по формуле Байеса") names a term of
/// exactly one generator's task
/// (<see cref="IProblemGenerator.Keywords"/>: "колода" for card hands, "чувствительность" for a diagnostic test's
/// Bayes problem, "log loss"), and names no task that no generator practises (the odds of a logistic regression).
/// Where two generators' tasks are named, or none, no generator is linked.
/// </summary>
public static class ProblemLink
{
    // Tasks no generator practises: a statement naming one is not any generator's task, whatever else it names.
    private static readonly string[] Unsupported = ["шанс", "odds", "логистическ", "logistic"];

    /// <summary>The kind of the generator linked to a post's <paramref name="text"/> (statement and solution), or null when none practises its task.</summary>
    public static string? Kind(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.ToLowerInvariant().Replace('ё', 'е');
        if (Unsupported.Any(u => StartsWord(text, u)))
        {
            return null;
        }

        var named = ProblemCatalog.All.Where(g => g.Keywords.Any(k => StartsWord(text, k.Replace('ё', 'е')))).Select(g => g.Kind).ToList();
        return named.Count == 1 ? named[0] : null;
    }

    // A term (a stem) matches at the start of a word, so "tp" does not match inside "http" nor "roc" inside "process".
    private static bool StartsWord(string text, string term)
    {
        for (var at = text.IndexOf(term, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || !char.IsLetterOrDigit(text[at - 1]))
            {
                return true;
            }
        }

        return false;
    }
}
