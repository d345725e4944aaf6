using Sobes.Numerics.Exact;

namespace Sobes.Core.Problems;

/// <summary>Collects the steps and parts of one instance while a generator works through it.</summary>
internal sealed class InstanceBuilder
{
    private readonly List<SolutionStep> _steps = [];
    private readonly List<ProblemPart> _parts = [];
    private readonly string _kind;
    private readonly int _seed;

    public InstanceBuilder(string kind, int seed, string language)
    {
        _kind = kind;
        _seed = seed;
        L = Texts.Normalize(language);
        Random = new Random(seed);
    }

    /// <summary>The language, "ru" or "en".</summary>
    public string L { get; }

    /// <summary>The instance's own generator, seeded explicitly.</summary>
    public Random Random { get; }

    /// <summary>Adds a step; returns its index.</summary>
    public int Step(string ru, string en, string? part = null, Rational? result = null)
    {
        _steps.Add(new SolutionStep(L.Pick(ru, en), part, result));
        return _steps.Count - 1;
    }

    public void Part(string label, string ru, string en, ExpectedAnswer answer, params KnownMistake[] mistakes) =>
        _parts.Add(new ProblemPart(label, L.Pick(ru, en), answer, mistakes));

    public KnownMistake Mistake(Rational value, int step, string ru, string en) => new(value, step, L.Pick(ru, en));

    public ProblemInstance Build(string ru, string en, string? svg = null) =>
        new(_kind, _seed, L, L.Pick(ru, en), _parts.ToArray(), _steps.ToArray(), svg);
}
