namespace Sobes.Numerics.Curves;

/// <summary>
/// Area under the ROC curve, computed as the Mann–Whitney statistic
/// AUC = P(s⁺ &gt; s⁻) + ½·P(s⁺ = s⁻), which equals the trapezoidal area of the full curve.
/// </summary>
public static class RocAuc
{
    /// <summary>
    /// AUC of <paramref name="scores"/> against <paramref name="labels"/> (true = positive) in O(n log n):
    /// positives and negatives are sorted apart, then merged once. 0 when a class is absent.
    /// </summary>
    public static double Compute(ReadOnlySpan<bool> labels, ReadOnlySpan<double> scores)
    {
        Guard.SameLength(labels.Length, scores.Length, nameof(scores));
        Guard.NotEmpty(scores.Length, nameof(scores));
        var positiveCount = 0;
        foreach (var label in labels) { if (label) { positiveCount++; } }

        var positives = new double[positiveCount];
        var negatives = new double[scores.Length - positiveCount];
        int p = 0, n = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            if (!double.IsFinite(scores[i])) { throw new ArgumentException("Scores must be finite numbers.", nameof(scores)); }
            if (labels[i]) { positives[p++] = scores[i]; } else { negatives[n++] = scores[i]; }
        }

        if (positives.Length == 0 || negatives.Length == 0) { return 0; }
        Array.Sort(positives);
        Array.Sort(negatives);
        return CountOrderedPairs(positives, negatives) / ((double)positives.Length * negatives.Length);
    }

    // Walks both ascending arrays once; each run of equal positives sees the negatives below it and those tied with it.
    private static double CountOrderedPairs(double[] positives, double[] negatives)
    {
        double pairs = 0;
        int below = 0, i = 0;
        while (i < positives.Length)
        {
            var value = positives[i];
            var run = i;
            while (run < positives.Length && positives[run] == value) { run++; }
            while (below < negatives.Length && negatives[below] < value) { below++; }
            var tied = below;
            while (tied < negatives.Length && negatives[tied] == value) { tied++; }
            pairs += (run - i) * (below + (0.5 * (tied - below)));
            i = run;
        }

        return pairs;
    }
}
