namespace Sobes.Numerics.Metrics;

/// <summary>
/// Counts of a binary classifier's outcomes at one threshold, and the ratios defined on them.
/// A ratio whose denominator is zero is 0 (scikit-learn's <c>zero_division=0</c>).
/// </summary>
public readonly partial record struct ConfusionMatrix
{
    /// <summary>Creates a matrix from its four counts, each non-negative.</summary>
    public ConfusionMatrix(long truePositives, long falsePositives, long trueNegatives, long falseNegatives)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(truePositives);
        ArgumentOutOfRangeException.ThrowIfNegative(falsePositives);
        ArgumentOutOfRangeException.ThrowIfNegative(trueNegatives);
        ArgumentOutOfRangeException.ThrowIfNegative(falseNegatives);
        TruePositives = truePositives;
        FalsePositives = falsePositives;
        TrueNegatives = trueNegatives;
        FalseNegatives = falseNegatives;
    }

    /// <summary>Positives predicted positive (TP).</summary>
    public long TruePositives { get; }

    /// <summary>Negatives predicted positive (FP, type I errors).</summary>
    public long FalsePositives { get; }

    /// <summary>Negatives predicted negative (TN).</summary>
    public long TrueNegatives { get; }

    /// <summary>Positives predicted negative (FN, type II errors).</summary>
    public long FalseNegatives { get; }

    /// <summary>All observations.</summary>
    public long Total => TruePositives + FalsePositives + TrueNegatives + FalseNegatives;

    /// <summary>Observations whose label is 1: TP + FN.</summary>
    public long ActualPositives => TruePositives + FalseNegatives;

    /// <summary>Observations whose label is 0: TN + FP.</summary>
    public long ActualNegatives => TrueNegatives + FalsePositives;

    /// <summary>Observations predicted 1: TP + FP.</summary>
    public long PredictedPositives => TruePositives + FalsePositives;

    /// <summary>
    /// Counts outcomes when the prediction is 1 exactly where <c>score &gt;= threshold</c>.
    /// </summary>
    public static ConfusionMatrix FromScores(ReadOnlySpan<bool> labels, ReadOnlySpan<double> scores, double threshold)
    {
        Guard.SameLength(labels.Length, scores.Length, nameof(scores));
        long tp = 0, fp = 0, tn = 0, fn = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            var predicted = scores[i] >= threshold;
            if (labels[i])
            {
                if (predicted) { tp++; } else { fn++; }
            }
            else if (predicted) { fp++; }
            else { tn++; }
        }

        return new ConfusionMatrix(tp, fp, tn, fn);
    }
}
