using Sobes.Numerics.Curves;
using Sobes.Numerics.Statistics;

namespace Sobes.Numerics.Intervals;

public static partial class AucConfidence
{
    private static double[] Replicates(TiedScores ties, int resamples, long seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 1);
        var positiveGroups = new int[ties.TotalPositives];
        var negativeGroups = new int[ties.TotalNegatives];
        int p = 0, n = 0;
        for (var g = 0; g < ties.Count; g++)
        {
            for (var k = 0; k < ties.Positives[g]; k++) { positiveGroups[p++] = g; }
            for (var k = 0; k < ties.Negatives[g]; k++) { negativeGroups[n++] = g; }
        }

        var random = new SeededRandom(seed);
        var positiveCounts = new int[ties.Count];
        var negativeCounts = new int[ties.Count];
        var pairs = (double)positiveGroups.Length * negativeGroups.Length;
        var replicates = new double[resamples];
        for (var r = 0; r < resamples; r++)
        {
            Array.Clear(positiveCounts);
            Array.Clear(negativeCounts);
            for (var i = 0; i < positiveGroups.Length; i++) { positiveCounts[positiveGroups[random.NextInt(positiveGroups.Length)]]++; }
            for (var i = 0; i < negativeGroups.Length; i++) { negativeCounts[negativeGroups[random.NextInt(negativeGroups.Length)]]++; }

            double u = 0, below = 0;
            for (var g = 0; g < positiveCounts.Length; g++)
            {
                u += positiveCounts[g] * (below + (0.5 * negativeCounts[g]));
                below += negativeCounts[g];
            }

            replicates[r] = u / pairs;
        }

        return replicates;
    }

    // Efron (1987), "Better bootstrap confidence intervals", JASA 82:171: the quantile levels
    // Φ(z₀ + (z₀ + z_α)/(1 − a(z₀ + z_α))) with bias z₀ = Φ⁻¹(share of replicates below θ̂, ties ½).
    private static (double Low, double High) BcaLevels(double[] sorted, double estimate, double acceleration, double alpha)
    {
        double below = 0;
        foreach (var value in sorted)
        {
            if (value < estimate) { below++; } else if (value == estimate) { below += 0.5; }
        }

        var share = Math.Clamp(below / sorted.Length, 0.5 / sorted.Length, 1 - (0.5 / sorted.Length));
        var z0 = Normal.Quantile(share);
        return (Adjust(Normal.Quantile(alpha / 2)), Adjust(Normal.Quantile(1 - (alpha / 2))));

        double Adjust(double z) => Normal.Cdf(z0 + ((z0 + z) / (1 - (acceleration * (z0 + z)))));
    }
}
