namespace Sobes.Numerics.Curves;

/// <summary>How the probability axis is cut into bins for a calibration curve.</summary>
public enum CalibrationBinning
{
    /// <summary>Bins of equal width on [0, 1].</summary>
    Uniform,

    /// <summary>Bins holding about the same number of predictions (edges at quantiles of the predictions).</summary>
    Quantile,
}

/// <summary>One non-empty bin of a calibration curve.</summary>
/// <param name="MeanPredicted">Mean predicted probability in the bin (x of the curve).</param>
/// <param name="FractionPositive">Share of positives in the bin (y of the curve).</param>
/// <param name="Count">Predictions in the bin.</param>
public readonly record struct CalibrationBin(double MeanPredicted, double FractionPositive, int Count);

/// <summary>
/// Reliability diagram as scikit-learn's <c>calibration_curve</c> computes it: a prediction p falls in
/// bin i when edgeᵢ &lt; p ≤ edgeᵢ₊₁ among the inner edges (the first bin also takes its left edge);
/// empty bins are left out.
/// </summary>
public static class CalibrationCurve
{
    /// <summary>Bins the probabilities and returns the non-empty bins in ascending order.</summary>
    public static IReadOnlyList<CalibrationBin> Compute(
        ReadOnlySpan<bool> labels, ReadOnlySpan<double> probabilities, int bins = 5,
        CalibrationBinning binning = CalibrationBinning.Uniform)
    {
        Guard.SameLength(labels.Length, probabilities.Length, nameof(probabilities));
        Guard.NotEmpty(probabilities.Length, nameof(probabilities));
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 1);
        foreach (var p in probabilities) { Guard.Probability(p, nameof(probabilities)); }

        var inner = InnerEdges(probabilities, bins, binning);
        var sums = new double[bins];
        var positives = new int[bins];
        var counts = new int[bins];
        for (var i = 0; i < probabilities.Length; i++)
        {
            var bin = LowerBound(inner, probabilities[i]);
            sums[bin] += probabilities[i];
            counts[bin]++;
            if (labels[i]) { positives[bin]++; }
        }

        var result = new List<CalibrationBin>(bins);
        for (var b = 0; b < bins; b++)
        {
            if (counts[b] > 0)
            {
                result.Add(new CalibrationBin(sums[b] / counts[b], (double)positives[b] / counts[b], counts[b]));
            }
        }

        return result;
    }

    private static double[] InnerEdges(ReadOnlySpan<double> probabilities, int bins, CalibrationBinning binning)
    {
        var inner = new double[bins - 1];
        if (binning == CalibrationBinning.Uniform)
        {
            for (var i = 1; i < bins; i++) { inner[i - 1] = (double)i / bins; }
            return inner;
        }

        var sorted = probabilities.ToArray();
        Array.Sort(sorted);
        for (var i = 1; i < bins; i++) { inner[i - 1] = Quantiles.Linear(sorted, (double)i / bins); }
        return inner;
    }

    // numpy's searchsorted(side="left"): the first edge not below the value.
    private static int LowerBound(double[] edges, double value)
    {
        int lo = 0, hi = edges.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (edges[mid] < value) { lo = mid + 1; } else { hi = mid; }
        }

        return lo;
    }
}
