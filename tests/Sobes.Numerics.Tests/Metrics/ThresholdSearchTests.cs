using Sobes.Numerics.Metrics;

namespace Sobes.Numerics.Tests.Metrics;

public sealed class ThresholdSearchTests
{
    [Fact]
    public void Best_F1_threshold_is_found_among_the_scores()
    {
        bool[] labels = [true, true, false, true, false, false];
        double[] scores = [0.9, 0.8, 0.7, 0.6, 0.3, 0.1];
        var best = ThresholdSearch.BestF1(labels, scores);
        // At 0.6: TP 3, FP 1, FN 0, so F1 = 6/7, better than 4/5 at 0.8.
        Assert.Equal(0.6, best.Threshold);
        Assert.Equal(6.0 / 7, best.F1, 15);
        Assert.Equal(new ConfusionMatrix(3, 1, 2, 0), best.Matrix);
    }

    [Fact]
    public void Equal_F1_keeps_the_higher_threshold()
    {
        // 0.8: TP 1, FN 1 → 2/3; 0.5: TP 2, FP 2 → 2/3 as well; the higher threshold is kept.
        var tie = ThresholdSearch.BestF1([true, false, false, true], [0.8, 0.7, 0.6, 0.5]);
        Assert.Equal(0.8, tie.Threshold);
    }
}
