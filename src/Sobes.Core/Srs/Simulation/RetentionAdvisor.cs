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
    /// The retention in [0.70, 0.95] (to 0.01) with the least study seconds per remembered card. The cost is simulated at
    /// eleven retentions 0.025 apart, each averaged over <paramref name="samples"/> seeds (<c>Seed</c>, <c>Seed + 1</c>, …);
    /// the cheapest point wins, refined by the parabola through it and its two neighbours when it is not an end of the range.
    /// </summary>
    public static double OptimalRetention(SimulationSettings settings, int samples = 3)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
        var step = (Highest - Lowest) / (GridPoints - 1);
        var xs = Enumerable.Range(0, GridPoints).Select(i => Lowest + (i * step)).ToArray();
        var ys = xs.Select(r => Enumerable.Range(0, samples)
            .Average(i => Simulator.RunForTotals(settings with { DesiredRetention = new Retention(r), Seed = settings.Seed + (ulong)i }).SecondsPerRememberedCard))
            .ToArray();
        var k = Array.IndexOf(ys, ys.Min());
        var best = xs[k];
        if (k > 0 && k < GridPoints - 1)
        {
            // Vertex of the parabola through (x−h, y0), (x, y1), (x+h, y2): x + h·(y0 − y2) / (2·(y0 − 2·y1 + y2)).
            var curvature = ys[k - 1] - (2 * ys[k]) + ys[k + 1];
            if (curvature > 0)
            {
                best += Math.Clamp(step * (ys[k - 1] - ys[k + 1]) / (2 * curvature), -step, step);
            }
        }

        return Math.Round(best, 2, MidpointRounding.AwayFromZero);
    }
}
