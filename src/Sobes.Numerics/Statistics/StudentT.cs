namespace Sobes.Numerics.Statistics;

/// <summary>Student's t distribution with ν degrees of freedom.</summary>
public static class StudentT
{
    /// <summary>
    /// F(t; ν). The tail P(T ≤ −|t|) = ½·I_x(ν/2, ½) with x = ν / (ν + t²) (Abramowitz and Stegun 26.7.1),
    /// evaluated with the regularized incomplete beta; infinite ν gives the normal distribution.
    /// </summary>
    public static double Cdf(double t, double degreesOfFreedom)
    {
        CheckDegrees(degreesOfFreedom);
        if (double.IsNaN(t)) { return double.NaN; }
        if (double.IsPositiveInfinity(degreesOfFreedom)) { return Normal.Cdf(t); }
        if (double.IsInfinity(t)) { return t > 0 ? 1 : 0; }
        var t2 = t * t;
        var x = degreesOfFreedom / (degreesOfFreedom + t2);
        var y = t2 / (degreesOfFreedom + t2);
        var tail = 0.5 * SpecialFunctions.RegularizedBeta(degreesOfFreedom / 2, 0.5, x, y);
        return t > 0 ? 1 - tail : tail;
    }

    /// <summary>Upper tail 1 − F(t; ν), without cancellation.</summary>
    public static double Survival(double t, double degreesOfFreedom) => Cdf(-t, degreesOfFreedom);

    /// <summary>The quantile F⁻¹(p; ν), found by bisection on <see cref="Cdf"/> to full double precision.</summary>
    public static double Quantile(double p, double degreesOfFreedom)
    {
        CheckDegrees(degreesOfFreedom);
        if (double.IsNaN(p) || p < 0 || p > 1) { throw new ArgumentOutOfRangeException(nameof(p), p, "A probability lies in [0, 1]."); }
        if (p == 0) { return double.NegativeInfinity; }
        if (p == 1) { return double.PositiveInfinity; }
        if (double.IsPositiveInfinity(degreesOfFreedom)) { return Normal.Quantile(p); }
        if (p > 0.5) { return -Quantile(1 - p, degreesOfFreedom); }
        if (p == 0.5) { return 0; }

        double lo = -1, hi = 0;
        while (Cdf(lo, degreesOfFreedom) > p) { hi = lo; lo *= 2; }
        for (var i = 0; i < 2000; i++)
        {
            var mid = lo + ((hi - lo) / 2);
            if (mid <= lo || mid >= hi) { break; }
            if (Cdf(mid, degreesOfFreedom) > p) { hi = mid; } else { lo = mid; }
        }

        return lo + ((hi - lo) / 2);
    }

    private static void CheckDegrees(double degreesOfFreedom)
    {
        if (!(degreesOfFreedom > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(degreesOfFreedom), degreesOfFreedom, "Degrees of freedom are positive.");
        }
    }
}
