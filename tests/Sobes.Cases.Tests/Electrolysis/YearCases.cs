using Sobes.Cases.Electrolysis.Generation;

namespace Sobes.Cases.Tests.Electrolysis;

/// <summary>Full training years of seeds 1–5, generated once for the tests that pin year-long properties (cases are immutable).</summary>
public sealed class YearCases
{
    private readonly Lazy<GeneratedCase>[] _cases = [.. Enumerable.Range(1, 5).Select(seed => new Lazy<GeneratedCase>(() => ElectrolysisGenerator.Generate(new CaseOptions(seed, HiddenDays: 1))))];

    public static IEnumerable<object[]> Seeds => Enumerable.Range(1, 5).Select(seed => new object[] { seed });

    public GeneratedCase Seed(int seed) => _cases[seed - 1].Value;
}
