using Sobes.Core.Problems.Kinds;

namespace Sobes.Core.Problems;

/// <summary>Every problem generator, and matching imported problem texts to a generator kind.</summary>
public static class ProblemCatalog
{
    /// <summary>All generators, each with its kind, Russian and English titles.</summary>
    public static IReadOnlyList<IProblemGenerator> All { get; } =
    [
        new ConfusionMetricsProblem(),
        new ThresholdF1Problem(),
        new RocAucProblem(),
        new LogLossProblem(),
        new CardHandProblem(),
        new BayesTestProblem(),
        new ABTestProblem(),
        new AucBootstrapProblem(),
        new VanishingGradientProblem(),
        new LeastSquaresProblem(),
        new ExpectedValueProblem(),
        new TreeSplitProblem(),
    ];

    /// <summary>The generator of <paramref name="kind"/>, or null.</summary>
    public static IProblemGenerator? Find(string kind) =>
        All.FirstOrDefault(g => string.Equals(g.Kind, kind, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The kind whose keywords (Russian and English stems) occur most often in <paramref name="text"/>;
    /// null when none occurs. A longer keyword weighs more, so "log loss" beats a bare "loss".
    /// </summary>
    public static string? MatchKind(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) { return null; }
        var lower = text.ToLowerInvariant().Replace('ё', 'е');
        string? best = null;
        var bestScore = 0;
        foreach (var generator in All)
        {
            var score = generator.Keywords.Where(k => ContainsWord(lower, k.Replace('ё', 'е'))).Sum(k => k.Length);
            if (score > bestScore)
            {
                bestScore = score;
                best = generator.Kind;
            }
        }

        return best;
    }

    // A keyword matches at the start of a word (keywords are stems), so "tp" does not match inside "http".
    private static bool ContainsWord(string text, string keyword)
    {
        for (var at = text.IndexOf(keyword, StringComparison.Ordinal); at >= 0; at = text.IndexOf(keyword, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || !char.IsLetterOrDigit(text[at - 1])) { return true; }
        }

        return false;
    }
}
