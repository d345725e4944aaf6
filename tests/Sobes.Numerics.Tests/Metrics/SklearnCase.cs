using System.Text.Json.Nodes;

namespace Sobes.Numerics.Tests.Metrics;

/// <summary>One case of reference/sklearn/metrics-cases.json.</summary>
internal sealed record SklearnCase(int Index, bool[] Labels, double[] Scores, double Threshold, JsonObject Expected)
{
    public static IReadOnlyList<SklearnCase> Load()
    {
        var root = JsonNode.Parse(File.ReadAllText(ReferenceFiles.PathOf("sklearn/metrics-cases.json")))!;
        return root["cases"]!.AsArray().Select((c, i) => new SklearnCase(
            i,
            c!["y_true"]!.AsArray().Select(v => v!.GetValue<int>() == 1).ToArray(),
            c["y_score"]!.AsArray().Select(v => v!.GetValue<double>()).ToArray(),
            c["threshold"]!.GetValue<double>(),
            c["expected"]!.AsObject())).ToList();
    }

    public double Number(string name) => Expected[name]!.GetValue<double>();

    public double[] Numbers(string name) => Expected[name]!.AsArray().Select(v => v!.GetValue<double>()).ToArray();
}
