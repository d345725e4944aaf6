namespace Sobes.Numerics.Statistics;

/// <summary>
/// Log-gamma, regularized incomplete gamma and beta functions, evaluated by series and
/// modified-Lentz continued fractions (Press et al., Numerical Recipes, 3rd ed., §6.1–6.4).
/// </summary>
internal static partial class SpecialFunctions
{
    private const double Epsilon = 1e-16;
    private const double Tiny = 1e-300;
    private const int MaxIterations = 100_000;

    // Lanczos approximation, g = 7, n = 9 (Godfrey's coefficients), relative error below 1e-15.
    private static readonly double[] Lanczos =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7,
    ];

    /// <summary>ln Γ(x) for x &gt; 0.</summary>
    public static double LogGamma(double x)
    {
        if (x < 0.5)
        {
            // Reflection: Γ(x)Γ(1 − x) = π / sin(πx).
            return Math.Log(Math.PI / Math.Sin(Math.PI * x)) - LogGamma(1 - x);
        }

        x -= 1;
        var sum = Lanczos[0];
        for (var i = 1; i < Lanczos.Length; i++) { sum += Lanczos[i] / (x + i); }
        var t = x + 7.5;
        return (0.5 * Math.Log(2 * Math.PI)) + ((x + 0.5) * Math.Log(t)) - t + Math.Log(sum);
    }

    /// <summary>Regularized upper incomplete gamma Q(a, x) = Γ(a, x) / Γ(a).</summary>
    public static double UpperGamma(double a, double x) =>
        x < a + 1 ? 1 - LowerGammaSeries(a, x) : UpperGammaFraction(a, x);

    /// <summary>Regularized lower incomplete gamma P(a, x) = γ(a, x) / Γ(a).</summary>
    public static double LowerGamma(double a, double x) =>
        x < a + 1 ? LowerGammaSeries(a, x) : 1 - UpperGammaFraction(a, x);

    private static double LowerGammaSeries(double a, double x)
    {
        if (x <= 0) { return 0; }
        double term = 1 / a, sum = term;
        for (var n = 1; n < MaxIterations; n++)
        {
            term *= x / (a + n);
            sum += term;
            if (Math.Abs(term) < Math.Abs(sum) * Epsilon) { break; }
        }

        return sum * Math.Exp((a * Math.Log(x)) - x - LogGamma(a));
    }

    private static double UpperGammaFraction(double a, double x)
    {
        var b = x + 1 - a;
        var c = 1 / Tiny;
        var d = 1 / b;
        var h = d;
        for (var i = 1; i < MaxIterations; i++)
        {
            var an = -i * (i - a);
            b += 2;
            d = (an * d) + b;
            if (Math.Abs(d) < Tiny) { d = Tiny; }
            c = b + (an / c);
            if (Math.Abs(c) < Tiny) { c = Tiny; }
            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < Epsilon) { break; }
        }

        return Math.Exp((a * Math.Log(x)) - x - LogGamma(a)) * h;
    }
}
