namespace Sobes.Numerics.Statistics;

internal static partial class SpecialFunctions
{
    /// <summary>
    /// Regularized incomplete beta Iₓ(a, b). The caller passes both x and y = 1 − x so that a value
    /// near 1 keeps its precision; the continued fraction is evaluated on the side where it converges
    /// fast, x &lt; (a + 1) / (a + b + 2), and the symmetry Iₓ(a, b) = 1 − I_y(b, a) gives the other.
    /// </summary>
    public static double RegularizedBeta(double a, double b, double x, double y)
    {
        if (x <= 0) { return 0; }
        if (y <= 0) { return 1; }
        var logFront = LogGamma(a + b) - LogGamma(a) - LogGamma(b) + (a * Math.Log(x)) + (b * Math.Log(y));
        var front = Math.Exp(logFront);
        return x < (a + 1) / (a + b + 2)
            ? front * BetaFraction(a, b, x) / a
            : 1 - (front * BetaFraction(b, a, y) / b);
    }

    /// <summary>The complement 1 − Iₓ(a, b) = I_y(b, a), evaluated without cancellation.</summary>
    public static double RegularizedBetaComplement(double a, double b, double x, double y) =>
        RegularizedBeta(b, a, y, x);

    private static double BetaFraction(double a, double b, double x)
    {
        var qab = a + b;
        var qap = a + 1;
        var qam = a - 1;
        var c = 1.0;
        var d = 1 - (qab * x / qap);
        if (Math.Abs(d) < Tiny) { d = Tiny; }
        d = 1 / d;
        var h = d;
        for (var m = 1; m < MaxIterations; m++)
        {
            var m2 = 2 * m;
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + (aa * d);
            if (Math.Abs(d) < Tiny) { d = Tiny; }
            c = 1 + (aa / c);
            if (Math.Abs(c) < Tiny) { c = Tiny; }
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + (aa * d);
            if (Math.Abs(d) < Tiny) { d = Tiny; }
            c = 1 + (aa / c);
            if (Math.Abs(c) < Tiny) { c = Tiny; }
            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < Epsilon) { break; }
        }

        return h;
    }
}
