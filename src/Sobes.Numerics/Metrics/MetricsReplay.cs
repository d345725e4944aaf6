using System.Text.Json;
using System.Text.Json.Nodes;
using Sobes.Numerics.Curves;

namespace Sobes.Numerics.Metrics;

/// <summary>
/// Recomputes a metrics-cases file (the shape of <c>reference/sklearn/metrics-cases.json</c>: cases of
/// <c>y_true</c>, <c>y_score</c>, <c>threshold</c>) and returns the same shape with Sobes's values in
/// each case's <c>expected</c>, so the two files can be compared field by field.
/// </summary>
public static class MetricsReplay
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Replays every case of <paramref name="inputJson"/>; throws <see cref="JsonException"/> on a malformed file.</summary>
    public static string Replay(string inputJson)
    {
        ArgumentNullException.ThrowIfNull(inputJson);
        var input = JsonNode.Parse(inputJson) as JsonObject ?? throw new JsonException("The file is not a JSON object.");
        var cases = input["cases"] as JsonArray ?? throw new JsonException("The file has no \"cases\" array.");
        var output = new JsonArray();
        foreach (var item in cases)
        {
            var source = item as JsonObject ?? throw new JsonException("A case is not an object.");
            var labels = Array.ConvertAll(Numbers(source, "y_true"), v => v switch
            {
                1 => true,
                0 => false,
                _ => throw new JsonException($"y_true holds {v}, not 0 or 1."),
            });
            var scores = Numbers(source, "y_score");
            var threshold = source["threshold"]?.GetValue<double>() ?? throw new JsonException("A case has no threshold.");
            output.Add(new JsonObject
            {
                ["y_true"] = source["y_true"]!.DeepClone(),
                ["y_score"] = source["y_score"]!.DeepClone(),
                ["threshold"] = threshold,
                ["expected"] = Expected(labels, scores, threshold),
            });
        }

        var result = new JsonObject
        {
            ["source"] = "Sobes.Numerics",
            ["conventions"] = input["conventions"]?.DeepClone(),
            ["cases"] = output,
        };
        return result.ToJsonString(Indented);
    }

    private static JsonObject Expected(bool[] labels, double[] scores, double threshold)
    {
        var matrix = ConfusionMatrix.FromScores(labels, scores, threshold);
        var ties = TiedScores.From(labels, scores);
        var roc = RocCurve.From(ties);
        var pr = PrecisionRecallCurve.From(ties);
        return new JsonObject
        {
            ["tp"] = matrix.TruePositives,
            ["fp"] = matrix.FalsePositives,
            ["tn"] = matrix.TrueNegatives,
            ["fn"] = matrix.FalseNegatives,
            ["accuracy"] = matrix.Accuracy,
            ["precision"] = matrix.Precision,
            ["recall"] = matrix.Recall,
            ["specificity"] = matrix.Specificity,
            ["f1"] = matrix.F1,
            ["f0_5"] = matrix.FBeta(0.5),
            ["f2"] = matrix.FBeta(2),
            ["mcc"] = matrix.MatthewsCorrelation,
            ["balanced_accuracy"] = matrix.BalancedAccuracy,
            ["roc_auc"] = RocAuc.Compute(labels, scores),
            ["average_precision"] = pr.AveragePrecision,
            ["log_loss"] = ProbabilityScores.LogLoss(labels, scores),
            ["brier"] = ProbabilityScores.Brier(labels, scores),
            ["roc_fpr"] = ToArray(roc.FalsePositiveRates),
            ["roc_tpr"] = ToArray(roc.TruePositiveRates),
            ["pr_precision"] = ToArray(pr.Precisions),
            ["pr_recall"] = ToArray(pr.Recalls),
        };
    }

    private static JsonArray ToArray(IReadOnlyList<double> values)
    {
        var array = new JsonArray();
        foreach (var v in values) { array.Add(v); }
        return array;
    }

    private static double[] Numbers(JsonObject source, string name) =>
        (source[name] as JsonArray ?? throw new JsonException($"A case has no \"{name}\" array."))
        .Select(v => v?.GetValue<double>() ?? throw new JsonException($"\"{name}\" holds a null."))
        .ToArray();
}
