namespace Sobes.Numerics.Statistics;

/// <summary>The standard normal distribution.</summary>
public static class Normal
{
    private static readonly double Sqrt2 = Math.Sqrt(2);

    /// <summary>Density φ(x) = exp(−x²/2) / √(2π).</summary>
    public static double Density(double x) => Math.Exp(-0.5 * x * x) / Math.Sqrt(2 * Math.PI);

    /// <summary>
    /// Φ(x) = ½·erfc(−x/√2), with erfc(z) = Q(½, z²) for z ≥ 0, so both tails keep full relative
    /// precision (Φ(−10) ≈ 7.62e−24 is exact to about 1e−14 relative).
    /// </summary>
    public static double Cdf(double x)
    {
        if (double.IsNaN(x)) { return double.NaN; }
        if (double.IsNegativeInfinity(x)) { return 0; }
        if (double.IsPositiveInfinity(x)) { return 1; }
        var z = x / Sqrt2;
        var z2 = z * z;
        return x < 0
            ? 0.5 * SpecialFunctions.UpperGamma(0.5, z2)
            : 0.5 * (1 + SpecialFunctions.LowerGamma(0.5, z2));
    }

    /// <summary>Upper tail 1 − Φ(x), without cancellation.</summary>
    public static double Survival(double x) => Cdf(-x);

    /// <summary>
    /// The quantile Φ⁻¹(p): Acklam's rational approximation (relative error 1.15e−9) refined by
    /// Halley steps on the exact <see cref="Cdf"/>.
    /// </summary>
    public static double Quantile(double p)
    {
        if (double.IsNaN(p) || p < 0 || p > 1) { throw new ArgumentOutOfRangeException(nameof(p), p, "A probability lies in [0, 1]."); }
        if (p == 0) { return double.NegativeInfinity; }
        if (p == 1) { return double.PositiveInfinity; }
        var x = AcklamQuantile(p);
        for (var step = 0; step < 3; step++)
        {
            // Φ(x) − p, written through the smaller tail so that it keeps its precision.
            var error = p < 0.5 ? Cdf(x) - p : (1 - p) - Cdf(-x);
            var u = error / Density(x);
            x -= u / (1 + (x * u / 2));
        }

        return x;
    }

    private static readonly double[] CentralNumerator =
        [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00];

    private static readonly double[] CentralDenominator =
        [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01, 1];

    private static readonly double[] TailNumerator =
        [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00];

    private static readonly double[] TailDenominator =
        [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00, 1];

    private static double AcklamQuantile(double p)
    {
        const double low = 0.02425;
        if (p < low)
        {
            var q = Math.Sqrt(-2 * Math.Log(p));
            return Horner(TailNumerator, q) / Horner(TailDenominator, q);
        }

        if (p > 1 - low)
        {
            var q = Math.Sqrt(-2 * Math.Log(1 - p));
            return -Horner(TailNumerator, q) / Horner(TailDenominator, q);
        }

        var c = p - 0.5;
        var r = c * c;
        return Horner(CentralNumerator, r) * c / Horner(CentralDenominator, r);
    }

    private static double Horner(double[] coefficients, double x)
    {
        var sum = 0.0;
        foreach (var coefficient in coefficients) { sum = (sum * x) + coefficient; }
        return sum;
    }
}
