using Sobes.Numerics.Metrics;

namespace Sobes.Numerics.Tests.Metrics;

public sealed class ConfusionMatrixTests
{
    private static readonly ConfusionMatrix Sample = new(truePositives: 40, falsePositives: 10, trueNegatives: 45, falseNegatives: 5);

    [Fact]
    public void Ratios_follow_their_definitions()
    {
        Assert.Equal(40.0 / 45, Sample.Recall, 15);
        Assert.Equal(Sample.Recall, Sample.TruePositiveRate);
        Assert.Equal(10.0 / 55, Sample.FalsePositiveRate, 15);
        Assert.Equal(40.0 / 50, Sample.Precision, 15);
        Assert.Equal(45.0 / 55, Sample.Specificity, 15);
        Assert.Equal(0.85, Sample.Accuracy, 15);
        Assert.Equal(0.15, Sample.ErrorRate, 15);
        Assert.Equal(45.0 / 50, Sample.NegativePredictiveValue, 15);
        Assert.Equal(80.0 / 95, Sample.F1, 15);
    }

    [Fact]
    public void F_beta_weighs_recall_beta_times_as_much_as_precision()
    {
        var p = Sample.Precision;
        var r = Sample.Recall;
        Assert.Equal(5 * p * r / ((4 * p) + r), Sample.FBeta(2), 15);
        Assert.True(Sample.FBeta(2) > Sample.F1);
    }

    [Fact]
    public void Matthews_correlation_matches_the_textbook_formula()
    {
        var expected = ((40.0 * 45) - (10.0 * 5)) / Math.Sqrt(50.0 * 45 * 55 * 50);
        Assert.Equal(expected, Sample.MatthewsCorrelation, 15);
    }

    [Fact]
    public void Zero_denominators_give_zero()
    {
        var nothingPredicted = new ConfusionMatrix(0, 0, 7, 3);
        Assert.Equal(0, nothingPredicted.Precision);
        Assert.Equal(0, nothingPredicted.F1);
        Assert.Equal(0, nothingPredicted.MatthewsCorrelation);
        Assert.Equal(0, new ConfusionMatrix(0, 0, 0, 0).Accuracy);
    }

    [Fact]
    public void A_score_equal_to_the_threshold_is_predicted_positive()
    {
        var m = ConfusionMatrix.FromScores([true, false, true], [0.5, 0.5, 0.4], 0.5);
        Assert.Equal(new ConfusionMatrix(1, 1, 0, 1), m);
    }

    [Fact]
    public void Negative_counts_are_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConfusionMatrix(-1, 0, 0, 0));
}
