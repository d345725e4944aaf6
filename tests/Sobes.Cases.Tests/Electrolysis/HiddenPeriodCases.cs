using Sobes.Cases.Electrolysis.Generation;
using Sobes.Cases.Electrolysis.Modelling;

namespace Sobes.Cases.Tests.Electrolysis;

/// <summary>Seeds 1–5 as the learner gets them (a year and the 60-day hidden period), each evaluated once per test class.</summary>
public sealed class HiddenPeriodCases
{
    private readonly Lazy<CaseEvaluation>[] _evaluations = [.. Enumerable.Range(1, 5).Select(seed =>
        new Lazy<CaseEvaluation>(() => CaseEvaluation.Evaluate(ElectrolysisGenerator.Generate(new CaseOptions(seed)), withWrongPipeline: false)))];

    public CaseEvaluation Seed(int seed) => _evaluations[seed - 1].Value;
}
