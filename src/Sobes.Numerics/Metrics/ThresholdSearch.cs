using Sobes.Numerics.Curves;

namespace Sobes.Numerics.Metrics;

/// <summary>A threshold chosen from the scores, with what it yields.</summary>
/// <param name="Threshold">Predict 1 when score ≥ this.</param>
/// <param name="F1">F1 at the threshold.</param>
/// <param name="Matrix">Confusion matrix at the threshold.</param>
public readonly record struct ThresholdChoice(double Threshold, double F1, ConfusionMatrix Matrix);

/// <summary>Searches the candidate thresholds (the distinct scores) in one pass after a single sort.</summary>
public static class ThresholdSearch
{
    /// <summary>
    /// The threshold that maximises F1 = 2TP / (2TP + FP + FN); among equal F1 the highest threshold wins.
    /// </summary>
    public static ThresholdChoice BestF1(ReadOnlySpan<bool> labels, ReadOnlySpan<double> scores)
    {
        var ties = TiedScores.From(labels, scores);
        long tp = 0, fp = 0;
        var best = new ThresholdChoice(double.PositiveInfinity, 0,
            new ConfusionMatrix(0, 0, ties.TotalNegatives, ties.TotalPositives));
        for (var g = ties.Count - 1; g >= 0; g--)
        {
            tp += ties.Positives[g];
            fp += ties.Negatives[g];
            var fn = ties.TotalPositives - tp;
            var f1 = Guard.Ratio(2.0 * tp, (2.0 * tp) + fp + fn);
            if (f1 > best.F1)
            {
                best = new ThresholdChoice(ties.Scores[g], f1, new ConfusionMatrix(tp, fp, ties.TotalNegatives - fp, fn));
            }
        }

        return best;
    }
}
