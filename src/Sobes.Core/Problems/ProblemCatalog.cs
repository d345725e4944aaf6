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
}
