namespace Sobes.Numerics;

/// <summary>Sample quantiles of sorted data.</summary>
internal static class Quantiles
{
    /// <summary>
    /// Linear interpolation between order statistics at position q·(n − 1)
    /// (Hyndman–Fan type 7, numpy's default <c>percentile</c>).
    /// </summary>
    public static double Linear(ReadOnlySpan<double> sorted, double q)
    {
        var position = q * (sorted.Length - 1);
        var lower = (int)Math.Floor(position);
        if (lower >= sorted.Length - 1) { return sorted[^1]; }
        if (lower < 0) { return sorted[0]; }
        var fraction = position - lower;
        return sorted[lower] + (fraction * (sorted[lower + 1] - sorted[lower]));
    }
}
