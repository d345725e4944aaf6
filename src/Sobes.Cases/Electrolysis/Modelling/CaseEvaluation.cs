using Sobes.Cases.Electrolysis.Generation;

namespace Sobes.Cases.Electrolysis.Modelling;

/// <summary>Every model of the reference solution, and the wrong pipeline, scored on the hidden samples of one generated case.</summary>
public sealed record CaseEvaluation(GeneratedCase Case, ReferenceRun Run, IReadOnlyList<RegressionScore> Hidden, WrongPipelineResult Wrong, RegressionScore WrongHidden)
{
    public const string ReferenceName = "reference (linear + boosted trees)";

    public RegressionScore Reference => Hidden.Single(s => s.Model == ReferenceName);

    public RegressionScore Score(string model) => Hidden.Single(s => s.Model == model);

    public static CaseEvaluation Evaluate(GeneratedCase generated, bool withWrongPipeline = true)
    {
        ArgumentNullException.ThrowIfNull(generated);
        var times = generated.Scored.Select(s => s.Time).ToList();
        var inputs = CaseInputs.From(generated);
        var run = ReferencePipeline.Run(inputs, times);
        var actual = generated.Scored.Select(s => s.Lab).ToList();
        var hidden = run.Predictions.Select(p => p.Key == "boosted trees"
            ? RegressionScore.Compute(ReferenceName, actual, p.Value, [.. run.Reference.Select(r => (r.Lower, r.Upper))])
            : RegressionScore.Compute(p.Key, actual, p.Value)).ToList();
        var wrong = withWrongPipeline ? WrongPipeline.Run(inputs, times, generated.Options.Seed) : new WrongPipelineResult(double.NaN, 0, [.. actual.Select(_ => double.NaN)]);
        var wrongHidden = withWrongPipeline ? RegressionScore.Compute("wrong pipeline", actual, wrong.Predictions) : new RegressionScore("wrong pipeline", 0, double.NaN, double.NaN, double.NaN, null);
        return new CaseEvaluation(generated, run, hidden, wrong, wrongHidden);
    }
}
