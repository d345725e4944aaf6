using System.Text.Json.Nodes;
using Sobes.Numerics.Curves;
using Sobes.Numerics.Metrics;

namespace Sobes.Numerics.Tests.Metrics;

public sealed class SklearnConformanceTests
{
    private const double Tolerance = 1e-9;

    [Fact]
    public void Every_case_matches_scikit_learn_on_every_scalar()
    {
        var cases = SklearnCase.Load();
        Assert.Equal(60, cases.Count);
        foreach (var c in cases)
        {
            var m = ConfusionMatrix.FromScores(c.Labels, c.Scores, c.Threshold);
            Assert.Equal((long)c.Number("tp"), m.TruePositives);
            Assert.Equal((long)c.Number("fp"), m.FalsePositives);
            Assert.Equal((long)c.Number("tn"), m.TrueNegatives);
            Assert.Equal((long)c.Number("fn"), m.FalseNegatives);
            Close(c, "accuracy", m.Accuracy);
            Close(c, "precision", m.Precision);
            Close(c, "recall", m.Recall);
            Close(c, "specificity", m.Specificity);
            Close(c, "f1", m.F1);
            Close(c, "f0_5", m.FBeta(0.5));
            Close(c, "f2", m.FBeta(2));
            Close(c, "mcc", m.MatthewsCorrelation);
            Close(c, "balanced_accuracy", m.BalancedAccuracy);
            Close(c, "roc_auc", RocAuc.Compute(c.Labels, c.Scores));
            Close(c, "roc_auc", RocCurve.Compute(c.Labels, c.Scores).Auc);
            Close(c, "average_precision", PrecisionRecallCurve.Compute(c.Labels, c.Scores).AveragePrecision);
            Close(c, "log_loss", ProbabilityScores.LogLoss(c.Labels, c.Scores));
            Close(c, "brier", ProbabilityScores.Brier(c.Labels, c.Scores));
        }
    }

    [Fact]
    public void Every_case_matches_scikit_learn_curves_point_by_point()
    {
        foreach (var c in SklearnCase.Load())
        {
            var roc = RocCurve.Compute(c.Labels, c.Scores);
            var pr = PrecisionRecallCurve.Compute(c.Labels, c.Scores);
            Series(c, "roc_fpr", roc.FalsePositiveRates);
            Series(c, "roc_tpr", roc.TruePositiveRates);
            Series(c, "pr_precision", pr.Precisions);
            Series(c, "pr_recall", pr.Recalls);
        }
    }

    [Fact]
    public void Replay_of_the_reference_file_reproduces_every_field()
    {
        var path = ReferenceFiles.PathOf("sklearn/metrics-cases.json");
        var expected = JsonNode.Parse(File.ReadAllText(path))!["cases"]!.AsArray();
        var actual = JsonNode.Parse(MetricsReplay.Replay(File.ReadAllText(path)))!["cases"]!.AsArray();
        Assert.Equal(expected.Count, actual.Count);
        var compared = 0;
        for (var i = 0; i < expected.Count; i++)
        {
            var want = expected[i]!["expected"]!.AsObject();
            var got = actual[i]!["expected"]!.AsObject();
            Assert.Equal(want.Select(p => p.Key), got.Select(p => p.Key));
            foreach (var (key, value) in want)
            {
                if (value is JsonArray array)
                {
                    var gotArray = got[key]!.AsArray();
                    Assert.Equal(array.Count, gotArray.Count);
                    for (var k = 0; k < array.Count; k++)
                    {
                        Assert.True(Math.Abs(array[k]!.GetValue<double>() - gotArray[k]!.GetValue<double>()) <= Tolerance, $"case {i} {key}[{k}]");
                        compared++;
                    }
                }
                else
                {
                    Assert.True(Math.Abs(value!.GetValue<double>() - got[key]!.GetValue<double>()) <= Tolerance, $"case {i} {key}");
                    compared++;
                }
            }
        }

        Assert.True(compared > 5000);
    }

    [Fact]
    public void Replay_rejects_a_file_without_cases() =>
        Assert.Throws<System.Text.Json.JsonException>(() => MetricsReplay.Replay("{\"source\": \"x\"}"));

    private static void Close(SklearnCase c, string name, double actual) =>
        Assert.True(Math.Abs(c.Number(name) - actual) <= Tolerance, $"case {c.Index} {name}: expected {c.Number(name)}, got {actual}");

    private static void Series(SklearnCase c, string name, IReadOnlyList<double> actual)
    {
        var expected = c.Numbers(name);
        Assert.True(expected.Length == actual.Count, $"case {c.Index} {name}: {expected.Length} points expected, {actual.Count} got");
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= Tolerance, $"case {c.Index} {name}[{i}]: {expected[i]} vs {actual[i]}");
        }
    }
}
