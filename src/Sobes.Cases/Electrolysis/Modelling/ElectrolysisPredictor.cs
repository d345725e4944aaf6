using System.IO.Compression;
using System.Text.Json;
using Sobes.Cases.Electrolysis.Data;

namespace Sobes.Cases.Electrolysis.Modelling;

/// <summary>One prediction: the alumina percentage and its split-conformal interval.</summary>
public readonly record struct AluminaPrediction(DateTime Time, double Percentage, double Lower, double Upper);

/// <summary>
/// The packaged reference model: the linear baseline and the domain model (ridge and boosted trees) on window
/// features anchored at the last arrived lab result, averaged, with a split-conformal half-width. Feed it the recent sensor rows (at least the last 12 h and back to the last
/// lab sample) and the lab results known so far.
/// </summary>
public sealed class ElectrolysisPredictor
{
    /// <summary>
    /// The layout of a saved model: the feature vector and the models that read it. A file of another layout is refused
    /// on loading (its trees would read the wrong features), so a cached model is retrained rather than silently wrong.
    /// </summary>
    public const int FormatVersion = 2;

    private readonly ReferenceModel _model;

    internal ElectrolysisPredictor(ReferenceModel model, SignalStep noiseStep, double halfWidth, IReadOnlyList<DoseMass> masses)
    {
        _model = model;
        NoiseStep = noiseStep;
        HalfWidth = halfWidth;
        Masses = masses;
    }

    /// <summary>Half the width of the 90 % interval (wt%).</summary>
    public double HalfWidth { get; }

    public double TrainingMean => _model.Mean;

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
            var value = _model.Predict(x);
            return new AluminaPrediction(t, value, value - HalfWidth, value + HalfWidth);
        })];
    }

    public void Save(string path)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        using (var trees = zip.CreateEntry("trees.zip").Open())
        {
            _model.Trees.Save(trees);
        }

        using var meta = zip.CreateEntry("predictor.json").Open();
        JsonSerializer.Serialize(meta, new Meta(FormatVersion, CaseFeatures.Count, NoiseStep.At, NoiseStep.Scale, NoiseStep.Shift, HalfWidth, TrainingMean, [.. Masses], _model.Linear.State, _model.Domain.State));
    }

    public static ElectrolysisPredictor Load(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var entry = zip.GetEntry("predictor.json") ?? throw new InvalidDataException($"{path} holds no predictor.json");
        var meta = JsonSerializer.Deserialize<Meta>(entry.Open()) ?? throw new InvalidDataException("predictor.json is empty");
        if (meta.Format != FormatVersion || meta.Features != CaseFeatures.Count || meta.Linear is null || meta.Domain is null)
        {
            throw new InvalidDataException($"{path} is a model of format {meta.Format} with {meta.Features} features; this build reads format {FormatVersion} with {CaseFeatures.Count}");
        }

        using var buffer = new MemoryStream();
        (zip.GetEntry("trees.zip") ?? throw new InvalidDataException($"{path} holds no trees.zip")).Open().CopyTo(buffer);
        buffer.Position = 0;
        var trees = BoostedTrees.Load(buffer, CaseFeatures.Count);
        var model = new ReferenceModel(meta.TrainingMean, RidgeRegression.FromState(meta.Linear), RidgeRegression.FromState(meta.Domain), trees);
        return new ElectrolysisPredictor(model, new SignalStep(meta.StepAt, meta.StepScale, meta.StepShift), meta.HalfWidth, meta.Masses);
    }

    /// <summary>A file saved before the format was stamped reads as format 0 and is refused.</summary>
    private sealed record Meta(int Format, int Features, DateTime StepAt, double StepScale, double StepShift, double HalfWidth, double TrainingMean, DoseMass[] Masses, RidgeState? Linear, RidgeState? Domain);
}
