namespace Sobes.Core.Srs.Simulation;

/// <summary>
/// Helps a learner choose a desired retention: the simulated workload and knowledge at several retentions, and the
/// retention that minimises study time per card remembered at the end (as fsrs-rs's <c>optimal_retention</c>, which
/// searches 0.70–0.95 for the least cost per memorized card, averaged over simulations).
/// </summary>
public static class RetentionAdvisor
{
    /// <summary>The lowest retention considered.</summary>
    public const double Lowest = 0.70;

    /// <summary>The highest retention considered.</summary>
    public const double Highest = 0.95;

    private const int GridPoints = 11;

    /// <summary>Simulates each retention of <paramref name="retentions"/> with the other settings unchanged.</summary>
    public static IReadOnlyList<SimulationResult> Compare(SimulationSettings settings, IEnumerable<double> retentions)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(retentions);
        return retentions.Select(r => Simulator.Run(settings with { DesiredRetention = new Retention(r) })).ToList();
    }

    /// <summary>
    /// The retention in [0.70, 0.95] (to 0.01) with the least study seconds per remembered card. Single simulations are
    /// noisy (one early lapse changes a card's whole schedule), so the cost is simulated at eleven retentions 0.025 apart,
    /// averaged over <paramref name="samples"/> seeds each (<c>Seed</c>, <c>Seed + 1</c>, …), and the minimum is taken
    /// of the least-squares parabola through those points rather than of the points themselves.
    /// </summary>
    public static double OptimalRetention(SimulationSettings settings, int samples = 3)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
        var xs = Enumerable.Range(0, GridPoints).Select(i => Lowest + (i * (Highest - Lowest) / (GridPoints - 1))).ToArray();
        var ys = xs.Select(r => Enumerable.Range(0, samples)
            .Average(i => Simulator.RunForTotals(settings with { DesiredRetention = new Retention(r), Seed = settings.Seed + (ulong)i }).SecondsPerRememberedCard))
            .ToArray();
        var (a, b, c) = FitParabola(xs, ys);
        double Fitted(double r) => a + (b * r) + (c * r * r);
        var best = c > 0 ? Math.Clamp(-b / (2 * c), Lowest, Highest) : (Fitted(Lowest) <= Fitted(Highest) ? Lowest : Highest);
        return Math.Round(best, 2, MidpointRounding.AwayFromZero);
    }

    // Least squares y ≈ a + b·x + c·x², centred on the mean x for a well-conditioned 3×3 system (Cramer's rule).
    private static (double A, double B, double C) FitParabola(double[] xs, double[] ys)
    {
        var mean = xs.Average();
        double s0 = xs.Length, s1 = 0, s2 = 0, s3 = 0, s4 = 0, t0 = 0, t1 = 0, t2 = 0;
        for (var i = 0; i < xs.Length; i++)
        {
            var u = xs[i] - mean;
            s1 += u;
            s2 += u * u;
            s3 += u * u * u;
            s4 += u * u * u * u;
            t0 += ys[i];
            t1 += ys[i] * u;
            t2 += ys[i] * u * u;
        }

        var det = Det(s0, s1, s2, s1, s2, s3, s2, s3, s4);
        var a = Det(t0, s1, s2, t1, s2, s3, t2, s3, s4) / det;
        var b = Det(s0, t0, s2, s1, t1, s3, s2, t2, s4) / det;
        var c = Det(s0, s1, t0, s1, s2, t1, s2, s3, t2) / det;

        // Back from u = x − mean: a + b·u + c·u² = (a − b·m + c·m²) + (b − 2c·m)·x + c·x².
        return (a - (b * mean) + (c * mean * mean), b - (2 * c * mean), c);
    }

    private static double Det(double a, double b, double c, double d, double e, double f, double g, double h, double i) =>
        (a * ((e * i) - (f * h))) - (b * ((d * i) - (f * g))) + (c * ((d * h) - (e * g)));
}
