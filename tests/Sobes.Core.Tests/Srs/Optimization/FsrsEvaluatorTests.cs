using Sobes.Core.Srs;
using Sobes.Core.Srs.Optimization;

namespace Sobes.Core.Tests.Srs.Optimization;

public sealed class FsrsEvaluatorTests
{
    [Fact]
    public void Default_parameters_score_the_sample_as_fsrs_rs_does()
    {
        var evaluation = FsrsEvaluator.EvaluateFiltered(FsrsParameters.Default, RevlogSample.Items);

        Assert.NotNull(evaluation);
        Assert.Equal(RevlogSample.Reference("default_log_loss"), evaluation.LogLoss, 1e-6);
        Assert.Equal(RevlogSample.Reference("default_rmse_bins"), evaluation.RmseBins, 1e-6);
    }

    [Fact]
    public void Fsrs_rs_fitted_parameters_score_the_sample_as_fsrs_rs_does()
    {
        var evaluation = FsrsEvaluator.EvaluateFiltered(FsrsParameters.Create(RevlogSample.ReferenceParameters), RevlogSample.Items);

        Assert.NotNull(evaluation);
        Assert.Equal(RevlogSample.Reference("log_loss"), evaluation.LogLoss, 1e-6);
        Assert.Equal(RevlogSample.Reference("rmse_bins"), evaluation.RmseBins, 1e-6);
    }

    [Fact]
    public void Recency_weights_rise_from_a_quarter_to_one_along_a_cubic()
    {
        var weights = FsrsEvaluator.RecencyWeights(5);

        Assert.Equal([0.25, 0.25 + (0.75 / 64), 0.25 + (0.75 / 8), 0.25 + (0.75 * 27 / 64), 1.0], weights);
    }

    [Fact]
    public void Log_loss_is_the_recency_weighted_cross_entropy_of_the_predicted_recall()
    {
        // Two first-interval items: Good then 1 day (recalled), Again then 1 day (forgotten).
        FsrsItem[] items = [Item((3, 0), (3, 1)), Item((1, 0), (1, 1))];
        var parameters = FsrsParameters.Default;
        var recallAfterGood = Fsrs.Retrievability(parameters, new Stability(parameters[2]), 1);
        var recallAfterAgain = Fsrs.Retrievability(parameters, new Stability(parameters[0]), 1);
        var expected = -((0.25 * Math.Log(recallAfterGood)) + (1.0 * Math.Log(1 - recallAfterAgain))) / 1.25;

        var evaluation = FsrsEvaluator.Evaluate(parameters, items);

        Assert.Equal(expected, evaluation.LogLoss, 1e-12);
    }

    [Fact]
    public void Time_series_split_fits_on_the_past_and_scores_the_next_segment()
    {
        var evaluation = FsrsEvaluator.TimeSeriesSplit(RevlogSample.Items);

        Assert.NotNull(evaluation);
        Assert.InRange(evaluation.LogLoss, 0.40, 0.50);
        Assert.InRange(evaluation.RmseBins, 0.0, 0.1);
        Assert.Equal(evaluation, FsrsEvaluator.TimeSeriesSplit(RevlogSample.Items));
    }

    [Fact]
    public void Time_series_split_needs_six_segments()
    {
        FsrsItem[] items = [.. Enumerable.Repeat(Item((3, 0), (3, 2)), 5)];

        Assert.Null(FsrsEvaluator.TimeSeriesSplit(items));
    }

    internal static FsrsItem Item(params (int Rating, int DeltaT)[] reviews) =>
        new([.. reviews.Select(r => new FsrsReview(r.Rating, r.DeltaT))]);
}
