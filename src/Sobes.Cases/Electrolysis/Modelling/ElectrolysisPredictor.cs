using System.IO.Compression;
using System.Text.Json;
using Sobes.Cases.Electrolysis.Data;

namespace Sobes.Cases.Electrolysis.Modelling;

/// <summary>One prediction: the alumina percentage and its split-conformal interval.</summary>
public readonly record struct AluminaPrediction(DateTime Time, double Percentage, double Lower, double Upper);

/// <summary>
/// The packaged reference model: boosted trees on window features anchored at the last arrived lab result,
/// with a split-conformal half-width. Feed it the recent sensor rows (at least the last 12 h and back to the last
/// lab sample) and the lab results known so far.
/// </summary>
public sealed class ElectrolysisPredictor
{
    private readonly BoostedTrees _trees;
    private readonly RidgeRegression _ridge;

    internal ElectrolysisPredictor(RidgeRegression ridge, BoostedTrees trees, SignalStep noiseStep, double halfWidth, double trainingMean, IReadOnlyList<DoseMass> masses)
    {
        _trees = trees;
        _ridge = ridge;
        NoiseStep = noiseStep;
        HalfWidth = halfWidth;
        TrainingMean = trainingMean;
        Masses = masses;
    }

    /// <summary>Half the width of the 90 % interval (wt%).</summary>
    public double HalfWidth { get; }

    public double TrainingMean { get; }

    internal SignalStep NoiseStep { get; }

    internal IReadOnlyList<DoseMass> Masses { get; }

    /// <summary>Predicts at the time of the last sensor row.</summary>
    public AluminaPrediction Predict(SensorTable recent, IReadOnlyList<LabSample> labs, IReadOnlyList<DoseMass>? masses = null)
    {
        ArgumentNullException.ThrowIfNull(recent);
        if (recent.Count == 0)
        {
            throw new ArgumentException("no sensor rows to predict from", nameof(recent));
        }

        return Predict(recent, labs, masses, [recent.Times[^1]])[0];
    }

    public IReadOnlyList<AluminaPrediction> Predict(SensorTable sensors, IReadOnlyList<LabSample> labs, IReadOnlyList<DoseMass>? masses, IReadOnlyList<DateTime> times)
    {
        ArgumentNullException.ThrowIfNull(times);
        var features = new CaseFeatures(sensors, NoiseStep, masses is { Count: > 0 } ? masses : Masses, LabCleaning.Clean(labs));
        return [.. times.Select(t =>
        {
            var x = features.Build(t);
            var value = ReferencePipeline.Reference(_ridge, _trees, x, TrainingMean);
            return new AluminaPrediction(t, value, value - HalfWidth, value + HalfWidth);
        })];
    }

    public void Save(string path)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        using (var trees = zip.CreateEntry("trees.zip").Open())
        {
            _trees.Save(trees);
        }

        using var meta = zip.CreateEntry("predictor.json").Open();
        JsonSerializer.Serialize(meta, new Meta(NoiseStep.At, NoiseStep.Scale, NoiseStep.Shift, HalfWidth, TrainingMean, [.. Masses], _ridge.State));
    }

    public static ElectrolysisPredictor Load(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var meta = JsonSerializer.Deserialize<Meta>(zip.GetEntry("predictor.json")!.Open()) ?? throw new InvalidDataException("predictor.json is empty");
        using var buffer = new MemoryStream();
        zip.GetEntry("trees.zip")!.Open().CopyTo(buffer);
        buffer.Position = 0;
        var trees = BoostedTrees.Load(buffer, CaseFeatures.Count);
        return new ElectrolysisPredictor(RidgeRegression.FromState(meta.Ridge), trees, new SignalStep(meta.StepAt, meta.StepScale, meta.StepShift), meta.HalfWidth, meta.TrainingMean, meta.Masses);
    }

    private sealed record Meta(DateTime StepAt, double StepScale, double StepShift, double HalfWidth, double TrainingMean, DoseMass[] Masses, RidgeState Ridge);
}
