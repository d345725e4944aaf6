using Sobes.Numerics.Curves;
using Sobes.Numerics.Intervals;

namespace Sobes.Numerics.Tests.Intervals;

public sealed class AucConfidenceTests
{
    private static (bool[] Labels, double[] Scores) Sample(int n, int seed)
    {
        var random = new Random(seed);
        var labels = new bool[n];
        var scores = new double[n];
        for (var i = 0; i < n; i++)
        {
            labels[i] = random.NextDouble() < 0.4;
            // Rounded to make ties; positives shifted up.
            scores[i] = Math.Round(random.NextDouble() + (labels[i] ? 0.4 : 0), 1);
        }

        return (labels, scores);
    }

    [Fact]
    public void DeLong_variance_matches_the_placement_values_counted_pair_by_pair()
    {
        var (labels, scores) = Sample(60, 1);
        var pos = scores.Where((_, i) => labels[i]).ToArray();
        var neg = scores.Where((_, i) => !labels[i]).ToArray();
        static double Psi(double x, double y) => x > y ? 1 : x == y ? 0.5 : 0;
        var v10 = pos.Select(x => neg.Average(y => Psi(x, y))).ToArray();
        var v01 = neg.Select(y => pos.Average(x => Psi(x, y))).ToArray();
        var auc = v10.Average();
        var s10 = v10.Sum(v => (v - auc) * (v - auc)) / (pos.Length - 1);
        var s01 = v01.Sum(v => (v - auc) * (v - auc)) / (neg.Length - 1);
        var se = Math.Sqrt((s10 / pos.Length) + (s01 / neg.Length));

        var interval = AucConfidence.DeLong(labels, scores);
        Assert.Equal(auc, interval.Auc, 14);
        Assert.Equal(se, interval.StandardError, 14);
        Assert.Equal(auc - (1.959963984540054 * se), interval.Lower, 12);
        Assert.Equal(auc + (1.959963984540054 * se), interval.Upper, 12);
    }

    [Fact]
    public void Bootstrap_replicates_equal_the_auc_of_the_same_resample_recomputed()
    {
        var (labels, scores) = Sample(40, 2);
        var fast = AucConfidence.BootstrapReplicates(labels, scores, 5, seed: 9);

        // Same stream, drawn from the class-wise sorted scores, each resample's AUC recomputed from scratch.
        var positives = scores.Where((_, i) => labels[i]).Order().ToArray();
        var negatives = scores.Where((_, i) => !labels[i]).Order().ToArray();
        var random = new SeededRandom(9);
        for (var r = 0; r < 5; r++)
        {
            var drawnPositives = positives.Select(_ => positives[random.NextInt(positives.Length)]).ToArray();
            var drawnNegatives = negatives.Select(_ => negatives[random.NextInt(negatives.Length)]).ToArray();
            var resampleLabels = drawnPositives.Select(_ => true).Concat(drawnNegatives.Select(_ => false)).ToArray();
            Assert.Equal(RocAuc.Compute(resampleLabels, [.. drawnPositives, .. drawnNegatives]), fast[r], 14);
        }

        Assert.Equal(fast, AucConfidence.BootstrapReplicates(labels, scores, 5, seed: 9));
        Assert.NotEqual(fast, AucConfidence.BootstrapReplicates(labels, scores, 5, seed: 10));
    }

    [Fact]
    public void Bootstrap_intervals_cover_the_sample_auc_and_agree_with_DeLong()
    {
        var (labels, scores) = Sample(400, 3);
        var delong = AucConfidence.DeLong(labels, scores);
        var percentile = AucConfidence.Bootstrap(labels, scores, 2000, seed: 1);
        var bca = AucConfidence.Bootstrap(labels, scores, 2000, seed: 1, method: BootstrapMethod.BiasCorrectedAccelerated);
        foreach (var interval in new[] { percentile, bca })
        {
            Assert.True(interval.Contains(delong.Auc));
            Assert.Equal(delong.Lower, interval.Lower, 1);
            Assert.Equal(delong.Upper, interval.Upper, 1);
            Assert.InRange(interval.StandardError / delong.StandardError, 0.85, 1.15);
        }

        Assert.NotEqual(percentile.Lower, bca.Lower);
    }

    [Fact]
    public void Percentile_of_given_replicates_interpolates_order_statistics()
    {
        var replicates = Enumerable.Range(0, 101).Select(i => i / 100.0).ToArray();
        var (lower, upper) = AucConfidence.Percentile(replicates, 0.9);
        Assert.Equal(0.05, lower, 14);
        Assert.Equal(0.95, upper, 14);
    }

    [Fact]
    public void An_interval_needs_both_classes() =>
        Assert.Throws<ArgumentException>(() => AucConfidence.DeLong([true, true, false], [0.1, 0.2, 0.3]));

    [Fact]
    public void Fast_auc_equals_the_pairwise_count()
    {
        var (labels, scores) = Sample(200, 4);
        var pairs = 0.0;
        var count = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            for (var j = 0; j < labels.Length; j++)
            {
                if (labels[i] && !labels[j])
                {
                    pairs += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                    count++;
                }
            }
        }

        Assert.Equal(pairs / count, RocAuc.Compute(labels, scores), 14);
    }
}
