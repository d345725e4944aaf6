using Sobes.Cases.Electrolysis.Data;

namespace Sobes.Cases.Electrolysis.Modelling;

/// <summary>One rolling-origin fold: where it starts, how many samples it validates, and each model's MAE.</summary>
public sealed record FoldResult(DateTime Origin, int Train, int Validate, double MeanMae, double LastValueMae, double LinearMae, double TreesMae);

/// <summary>What the reference solution produced: validation folds, the conformal half-width, the model and its predictions.</summary>
public sealed record ReferenceRun(IReadOnlyList<FoldResult> Folds, double HalfWidth, ElectrolysisPredictor Predictor, IReadOnlyDictionary<string, IReadOnlyList<double>> Predictions, IReadOnlyList<AluminaPrediction> Reference);

/// <summary>
/// The reference solution: cleaned labs, window features anchored at the last arrived lab result, baselines
/// (training mean, last lab value), ridge on the window aggregates (the linear baseline), and the reference: the average of
/// the linear baseline and a domain model (smoothed anchor, ridge and strongly shrunk boosted trees on its residuals);
/// rolling-origin validation with a 24 h embargo; split-conformal intervals from the out-of-fold residuals.
/// </summary>
public static class ReferencePipeline
{
    public const double Coverage = 0.9;
    private static readonly TimeSpan Embargo = TimeSpan.FromHours(24);

    /// <summary>
    /// The folds whose out-of-fold residuals calibrate the interval: the latest ones, whose models saw most of the year
    /// like the final model does, and whose samples lie nearest to the period predicted. Two, chosen on validation: each
    /// of the last two folds calibrated from the folds before it covered closest to 90 % with two (docs/cases/electrolysis.md).
    /// </summary>
    private const int CalibrationFolds = 2;

    public static ReferenceRun Run(CaseInputs inputs, IReadOnlyList<DateTime> predictAt)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(predictAt);
        var sensors = inputs.AllSensors;
        var noiseStep = SignalStep.Find(inputs.TrainSensors, SensorSchema.NoiseIndex);
        var cleaned = LabCleaning.Clean(inputs.TrainLabs);
        var bias = LabBias.Find(cleaned, inputs.TrainSensors);
        var trainLabs = bias.Correct(cleaned);
        var features = new CaseFeatures(sensors, noiseStep, inputs.DoseMasses, trainLabs);
        var samples = trainLabs.Where(l => l.Time >= sensors.Times[0].AddHours(12))
            .Select(l => (l.Time, l.Value, X: features.Build(l.Time)))
            .Where(s => float.IsFinite(s.X[CaseFeatures.LabLastIndex])).ToList();
        var folds = new List<FoldResult>();
        var residuals = new List<double>();
        var origins = new[] { 0.5, 0.6, 0.7, 0.8, 0.9 }.Select(q => samples[(int)(q * samples.Count)].Time).ToArray();
        for (var k = 0; k < origins.Length; k++)
        {
            var to = k + 1 < origins.Length ? origins[k + 1] : DateTime.MaxValue;
            var train = samples.Where(s => s.Time < origins[k] - Embargo).ToList();
            var validate = samples.Where(s => s.Time >= origins[k] && s.Time < to).ToList();
            var models = ReferenceModel.Fit(train);
            var actual = validate.Select(s => s.Value).ToList();
            var trees = validate.Select(s => models.Predict(s.X)).ToList();
            if (k >= origins.Length - CalibrationFolds)
            {
                residuals.AddRange(actual.Select((a, i) => Math.Abs(a - trees[i])));
            }

            folds.Add(new FoldResult(origins[k], train.Count, validate.Count,
                Mae(actual, validate.Select(_ => models.Mean).ToList()),
                Mae(actual, validate.Select(s => (double)s.X[CaseFeatures.LabLastIndex]).ToList()),
                Mae(actual, validate.Select(s => models.LinearPrediction(s.X)).ToList()),
                Mae(actual, trees)));
        }

        var halfWidth = ConformalQuantile(residuals, Coverage);
        var final = ReferenceModel.Fit(samples);
        var predictor = new ElectrolysisPredictor(final, noiseStep, halfWidth, inputs.DoseMasses);
        var allLabs = trainLabs.Concat(LabCleaning.Clean(inputs.LaterLabs)).ToList();
        var later = new CaseFeatures(sensors, noiseStep, inputs.DoseMasses, allLabs);
        var x = predictAt.Select(later.Build).ToList();
        var predictions = new Dictionary<string, IReadOnlyList<double>>
        {
            ["training mean"] = [.. x.Select(_ => final.Mean)],
            ["last lab value"] = [.. x.Select(f => float.IsFinite(f[CaseFeatures.LabLastIndex]) ? f[CaseFeatures.LabLastIndex] : final.Mean)],
            ["linear"] = [.. x.Select(final.LinearPrediction)],
            ["boosted trees"] = [.. x.Select(final.Predict)],
        };
        var reference = predictAt.Select((t, i) => new AluminaPrediction(t, predictions["boosted trees"][i], predictions["boosted trees"][i] - halfWidth, predictions["boosted trees"][i] + halfWidth)).ToList();
        return new ReferenceRun(folds, halfWidth, predictor, predictions, reference);
    }

    /// <summary>The ⌈(n + 1)·level⌉-th smallest absolute residual (Vovk et al.; Lei et al., 2018, split conformal).</summary>
    public static double ConformalQuantile(IReadOnlyList<double> absoluteResiduals, double level)
    {
        ArgumentNullException.ThrowIfNull(absoluteResiduals);
        var sorted = absoluteResiduals.Order().ToArray();
        var rank = (int)Math.Ceiling((sorted.Length + 1) * level);
        return rank > sorted.Length ? double.PositiveInfinity : sorted[rank - 1];
    }

    private static double Mae(IReadOnlyList<double> actual, IReadOnlyList<double> predicted) =>
        actual.Count == 0 ? double.NaN : actual.Select((a, i) => Math.Abs(a - predicted[i])).Average();

}
