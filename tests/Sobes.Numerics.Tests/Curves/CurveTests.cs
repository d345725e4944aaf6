using Sobes.Numerics.Curves;

namespace Sobes.Numerics.Tests.Curves;

public sealed class CurveTests
{
    [Fact]
    public void Tied_scores_move_the_roc_curve_diagonally()
    {
        // Scores 0.8 (P), 0.5 (P, N tied), 0.2 (N).
        var roc = RocCurve.Compute([true, true, false, false], [0.8, 0.5, 0.5, 0.2]);
        Assert.Equal([0, 0, 0.5, 1], roc.FalsePositiveRates);
        Assert.Equal([0, 0.5, 1, 1], roc.TruePositiveRates);
        Assert.Equal([double.PositiveInfinity, 0.8, 0.5, 0.2], roc.Thresholds);
        Assert.Equal(0.875, roc.Auc, 15);
        Assert.Equal(0.875, RocAuc.Compute([true, true, false, false], [0.8, 0.5, 0.5, 0.2]), 15);
    }

    [Fact]
    public void Precision_recall_curve_ends_at_precision_one_recall_zero()
    {
        var pr = PrecisionRecallCurve.Compute([true, false, true], [0.9, 0.6, 0.3]);
        Assert.Equal([2.0 / 3, 0.5, 1, 1], pr.Precisions);
        Assert.Equal([1, 0.5, 0.5, 0], pr.Recalls);
        Assert.Equal([0.3, 0.6, 0.9], pr.Thresholds);
        Assert.Equal((0.5 * 1) + (0.5 * 2.0 / 3), pr.AveragePrecision, 15);
    }

    [Fact]
    public void Calibration_bins_put_an_edge_value_in_the_lower_bin()
    {
        var bins = CalibrationCurve.Compute([false, true, true, false, true], [0.1, 0.2, 0.3, 0.7, 0.9], bins: 5);
        Assert.Equal(4, bins.Count);
        Assert.Equal(2, bins[0].Count);
        Assert.Equal(0.15, bins[0].MeanPredicted, 12);
        Assert.Equal(0.5, bins[0].FractionPositive);
        Assert.Equal(1, bins[1].Count);
        Assert.Equal(0.3, bins[1].MeanPredicted, 15);
        Assert.Equal(0, bins[2].FractionPositive);
        Assert.Equal(1, bins[3].FractionPositive);
    }

    [Fact]
    public void Quantile_calibration_bins_hold_equal_counts()
    {
        var probabilities = Enumerable.Range(0, 100).Select(i => i / 100.0).ToArray();
        var labels = probabilities.Select(p => p > 0.5).ToArray();
        var bins = CalibrationCurve.Compute(labels, probabilities, bins: 4, CalibrationBinning.Quantile);
        Assert.Equal([25, 25, 25, 25], bins.Select(b => b.Count));
    }

    [Fact]
    public void Auc_is_zero_when_a_class_is_missing() =>
        Assert.Equal(0, RocAuc.Compute([true, true], [0.1, 0.9]));

    [Fact]
    public void Non_finite_scores_are_rejected() =>
        Assert.Throws<ArgumentException>(() => RocCurve.Compute([true, false], [double.NaN, 0.1]));
}
