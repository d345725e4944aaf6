namespace Sobes.Numerics.Curves;

/// <summary>
/// A receiver operating characteristic curve with every point kept (scikit-learn's
/// <c>roc_curve(drop_intermediate=False)</c>): thresholds are the distinct scores, descending,
/// preceded by +∞ so the curve starts at (0, 0); tied scores move the curve diagonally.
/// </summary>
public sealed class RocCurve
{
    private RocCurve(double[] fpr, double[] tpr, double[] thresholds)
    {
        FalsePositiveRates = fpr;
        TruePositiveRates = tpr;
        Thresholds = thresholds;
    }

    /// <summary>False positive rate at each point, ascending.</summary>
    public IReadOnlyList<double> FalsePositiveRates { get; }

    /// <summary>True positive rate at each point, ascending.</summary>
    public IReadOnlyList<double> TruePositiveRates { get; }

    /// <summary>The threshold of each point (predict 1 when score ≥ threshold), descending; the first is +∞.</summary>
    public IReadOnlyList<double> Thresholds { get; }

    /// <summary>Area under the curve by the trapezoidal rule.</summary>
    public double Auc
    {
        get
        {
            double area = 0;
            for (var i = 1; i < FalsePositiveRates.Count; i++)
            {
                area += (FalsePositiveRates[i] - FalsePositiveRates[i - 1])
                    * (TruePositiveRates[i] + TruePositiveRates[i - 1]) / 2;
            }

            return area;
        }
    }

    /// <summary>Builds the curve of <paramref name="scores"/> against <paramref name="labels"/> (true = positive).</summary>
    public static RocCurve Compute(ReadOnlySpan<bool> labels, ReadOnlySpan<double> scores) =>
        From(TiedScores.From(labels, scores));

    internal static RocCurve From(TiedScores ties)
    {
        var points = ties.Count + 1;
        var fpr = new double[points];
        var tpr = new double[points];
        var thresholds = new double[points];
        thresholds[0] = double.PositiveInfinity;
        long tp = 0, fp = 0;
        for (var k = 1; k < points; k++)
        {
            var g = ties.Count - k;
            tp += ties.Positives[g];
            fp += ties.Negatives[g];
            tpr[k] = Guard.Ratio(tp, ties.TotalPositives);
            fpr[k] = Guard.Ratio(fp, ties.TotalNegatives);
            thresholds[k] = ties.Scores[g];
        }

        return new RocCurve(fpr, tpr, thresholds);
    }
}
