using System.IO.Compression;
using System.Text.Json.Nodes;
using Sobes.Cases.Electrolysis.Generation;
using Sobes.Cases.Electrolysis.Modelling;

namespace Sobes.Cases.Tests.Electrolysis;

public sealed class EndToEndTests
{
    [Fact]
    public void The_reference_model_beats_the_last_lab_value_nears_the_noise_floor_and_saves_in_a_checked_format()
    {
        var c = ElectrolysisGenerator.Generate(new CaseOptions(2, TrainDays: 240, HiddenDays: 40));
        var run = ReferencePipeline.Run(CaseInputs.From(c), [.. c.Scored.Select(s => s.Time)]);
        var actual = c.Scored.Select(s => s.Lab).ToList();
        var last = RegressionScore.Compute("last", actual, run.Predictions["last lab value"]);
        var reference = RegressionScore.Compute("ref", actual, run.Predictions["boosted trees"]);
        Assert.True(reference.Mae < 0.75 * last.Mae, $"reference {reference.Mae:F3} against last value {last.Mae:F3}");
        Assert.True(reference.Mae < 2.5 * c.NoiseFloorMae, $"reference {reference.Mae:F3} against floor {c.NoiseFloorMae:F3}");
        var path = Path.GetTempFileName();
        try
        {
            File.Delete(path);
            run.Predictor.Save(path);
            var loaded = ElectrolysisPredictor.Load(path);
            var sensors = CaseInputs.From(c).AllSensors;
            var labs = c.TrainLabs.Concat(c.HiddenVisibleLabs).ToList();
            var again = loaded.Predict(sensors, labs, null, [c.Scored[0].Time])[0];
            Assert.Equal(run.Reference[0].Percentage, again.Percentage, 4);
            RestampFormat(path, ElectrolysisPredictor.FormatVersion - 1);
            Assert.Throws<InvalidDataException>(() => ElectrolysisPredictor.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Rewrites a saved model's format stamp, as a file from an older feature layout would carry.</summary>
    private static void RestampFormat(string path, int format)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var entry = zip.GetEntry("predictor.json")!;
        JsonNode meta;
        using (var read = entry.Open())
        {
            meta = JsonNode.Parse(read)!;
        }

        meta["Format"] = format;
        entry.Delete();
        using var write = zip.CreateEntry("predictor.json").Open();
        using var writer = new System.Text.Json.Utf8JsonWriter(write);
        meta.WriteTo(writer);
    }
}
