namespace Sobes.Numerics.Curves;

/// <summary>
/// The precision–recall curve as scikit-learn's <c>precision_recall_curve</c> returns it (1.1 and later):
/// one point per distinct score with thresholds ascending (so recall descends), then a final point
/// with precision 1 and recall 0 that has no threshold.
/// </summary>
public sealed class PrecisionRecallCurve
{
    private PrecisionRecallCurve(double[] precision, double[] recall, double[] thresholds)
    {
        Precisions = precision;
        Recalls = recall;
        Thresholds = thresholds;
    }

    /// <summary>Precision at each point; the last is 1.</summary>
    public IReadOnlyList<double> Precisions { get; }

    /// <summary>Recall at each point, descending; the last is 0. All 1 when there is no positive, as in scikit-learn.</summary>
    public IReadOnlyList<double> Recalls { get; }

    /// <summary>Threshold of each point but the last (predict 1 when score ≥ threshold), ascending.</summary>
    public IReadOnlyList<double> Thresholds { get; }

    /// <summary>
    /// Average precision AP = Σₖ (Rₖ − Rₖ₋₁)·Pₖ over thresholds in descending order, the step-wise area
    /// without interpolation (scikit-learn's <c>average_precision_score</c>).
    /// </summary>
    public double AveragePrecision
    {
        get
        {
            double ap = 0;
            for (var i = 0; i < Recalls.Count - 1; i++)
            {
                ap -= (Recalls[i + 1] - Recalls[i]) * Precisions[i];
            }

            return ap;
        }
    }

    /// <summary>Builds the curve of <paramref name="scores"/> against <paramref name="labels"/> (true = positive).</summary>
    public static PrecisionRecallCurve Compute(ReadOnlySpan<bool> labels, ReadOnlySpan<double> scores) =>
        From(TiedScores.From(labels, scores));

    internal static PrecisionRecallCurve From(TiedScores ties)
    {
        var count = ties.Count;
        var precision = new double[count + 1];
        var recall = new double[count + 1];
        var thresholds = new double[count];
        long tp = 0, fp = 0;
        for (var g = count - 1; g >= 0; g--)
        {
            tp += ties.Positives[g];
            fp += ties.Negatives[g];
            precision[g] = Guard.Ratio(tp, tp + fp);
            recall[g] = ties.TotalPositives == 0 ? 1 : (double)tp / ties.TotalPositives;
            thresholds[g] = ties.Scores[g];
        }

        precision[count] = 1;
        recall[count] = 0;
        return new PrecisionRecallCurve(precision, recall, thresholds);
    }
}
