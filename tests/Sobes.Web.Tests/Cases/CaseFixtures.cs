using System.Globalization;
using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Sobes.Cases.Electrolysis.Data;
using Sobes.Cases.Electrolysis.Files;
using Sobes.Cases.Electrolysis.Generation;
using Sobes.Cases.Electrolysis.Modelling;

namespace Sobes.Web.Tests.Cases;

/// <summary>Predictions files, the CLI's figures for them, and prediction requests built from generated rows.</summary>
internal static class CaseFixtures
{
    /// <summary>A submission for every row of the seed's template: a constant guess with a ±0.3 interval.</summary>
    public static async Task<string> SubmissionAsync(HttpClient client, long seed)
    {
        using var zip = new ZipArchive(await client.GetStreamAsync($"/api/v1/cases/electrolysis/data?seed={seed}"));
        using var reader = new StreamReader(zip.GetEntry(CaseFiles.Template)!.Open());
        var lines = (await reader.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var csv = new StringBuilder("timestamp,prediction,lower,upper\n");
        foreach (var line in lines.Skip(1))
        {
            csv.Append(line.Split(',')[0]).Append(",2.9,2.6,3.2\n");
        }

        return csv.ToString();
    }

    /// <summary>What `sobes case electrolysis score FILE --seed N` computes for the file: the file's score, then each model of the reference run.</summary>
    public static (RegressionScore Submission, IReadOnlyList<RegressionScore> Models, double NoiseFloor) CliFigures(long seed, string csv)
    {
        var generated = ElectrolysisGenerator.Generate(new CaseOptions(seed));
        var submission = Submission.Read("predictions.csv", new StringReader(csv));
        var score = submission.Value!.Score("predictions.csv", generated.Scored).Value!;
        var run = ReferencePipeline.Run(CaseInputs.From(generated), [.. generated.Scored.Select(s => s.Time)]);
        var actual = generated.Scored.Select(s => s.Lab).ToList();
        var models = run.Predictions.Select(p => RegressionScore.Compute(p.Key == "boosted trees" ? CaseEvaluation.ReferenceName : p.Key, actual, p.Value,
            p.Key == "boosted trees" ? [.. run.Reference.Select(r => (r.Lower, r.Upper))] : null)).ToList();
        return (score, models, generated.NoiseFloorMae);
    }

    public static MultipartFormDataContent Upload(string fileName, string csv, string? token = null, long? seed = null)
    {
        var form = new MultipartFormDataContent();
        if (token is not null)
        {
            form.Add(new StringContent(token), "__csrf");
        }

        if (seed is not null)
        {
            form.Add(new StringContent(seed.Value.ToString(CultureInfo.InvariantCulture)), "seed");
        }

        var part = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(part, "file", fileName);
        return form;
    }

    /// <summary>The last <paramref name="count"/> sensor rows of the later period of a case, as the prediction service takes them.</summary>
    public static string PredictBody(GeneratedCase generated, int count, Action<List<Dictionary<string, object?>>>? spoil = null)
    {
        var sensors = generated.HiddenSensors;
        var rows = new List<Dictionary<string, object?>>();
        for (var i = sensors.Count - count; i < sensors.Count; i++)
        {
            var row = new Dictionary<string, object?> { [SensorSchema.Timestamp] = sensors.Times[i].ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) };
            for (var j = 0; j < SensorSchema.Columns.Count; j++)
            {
                row[SensorSchema.Columns[j]] = double.IsFinite(sensors.Values[j][i]) ? sensors.Values[j][i] : null;
            }

            rows.Add(row);
        }

        spoil?.Invoke(rows);
        var labs = generated.HiddenVisibleLabs.Select(l => new Dictionary<string, object?>
        {
            [SensorSchema.Timestamp] = l.Time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            [CaseFiles.TargetColumn] = l.Value,
        }).ToList();
        return JsonSerializer.Serialize(new Dictionary<string, object> { ["rows"] = rows, ["labs"] = labs });
    }
}
