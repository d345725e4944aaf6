namespace Sobes.Numerics.Curves;

/// <summary>
/// Scores sorted once and collapsed into groups of equal score, each with its count of positives
/// and negatives, in ascending score order. Every curve, AUC and interval here is read off it.
/// </summary>
internal sealed class TiedScores
{
    private TiedScores(double[] scores, long[] positives, long[] negatives)
    {
        Scores = scores;
        Positives = positives;
        Negatives = negatives;
        foreach (var p in positives) { TotalPositives += p; }
        foreach (var n in negatives) { TotalNegatives += n; }
    }

    /// <summary>Distinct scores, ascending.</summary>
    public double[] Scores { get; }

    /// <summary>Positives per group.</summary>
    public long[] Positives { get; }

    /// <summary>Negatives per group.</summary>
    public long[] Negatives { get; }

    public long TotalPositives { get; }

    public long TotalNegatives { get; }

    public int Count => Scores.Length;

    public static TiedScores From(ReadOnlySpan<bool> labels, ReadOnlySpan<double> scores)
    {
        Guard.SameLength(labels.Length, scores.Length, nameof(scores));
        Guard.NotEmpty(scores.Length, nameof(scores));
        Guard.Finite(scores, nameof(scores));
        var sorted = scores.ToArray();
        var order = new int[sorted.Length];
        for (var i = 0; i < order.Length; i++) { order[i] = i; }
        Array.Sort(sorted, order);

        var distinct = 1;
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i] != sorted[i - 1]) { distinct++; }
        }

        var values = new double[distinct];
        var positives = new long[distinct];
        var negatives = new long[distinct];
        var group = -1;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (i == 0 || sorted[i] != sorted[i - 1])
            {
                group++;
                values[group] = sorted[i];
            }

            if (labels[order[i]]) { positives[group]++; } else { negatives[group]++; }
        }

        return new TiedScores(values, positives, negatives);
    }

    /// <summary>
    /// Mann–Whitney U: pairs (positive, negative) ordered correctly, ties counting one half.
    /// </summary>
    public double MannWhitneyU()
    {
        double u = 0, negativesBelow = 0;
        for (var g = 0; g < Count; g++)
        {
            u += Positives[g] * (negativesBelow + (0.5 * Negatives[g]));
            negativesBelow += Negatives[g];
        }

        return u;
    }
}
