using Sobes.Core.Srs;
using Sobes.Core.Srs.Optimization;
using static Sobes.Core.Tests.Srs.Optimization.FsrsEvaluatorTests;

namespace Sobes.Core.Tests.Srs.Optimization;

public sealed class FsrsOptimizerTests
{
    private static readonly Lazy<FsrsFit> SampleFit = new(() => FsrsOptimizer.Fit(RevlogSample.Items, FsrsParameters.Default));

    [Fact]
    public void The_fit_on_the_sample_scores_no_worse_than_fsrs_rs()
    {
        var fit = SampleFit.Value;

        Assert.True(fit.Improved);
        Assert.Equal(OptimizerStage.Trained, fit.Run.Stage);
        Assert.NotNull(fit.Fitted);
        Assert.True(
            fit.Fitted.LogLoss <= RevlogSample.Reference("log_loss"),
            $"log loss {fit.Fitted.LogLoss} > fsrs-rs's {RevlogSample.Reference("log_loss")}");
        Assert.True(fit.Fitted.RmseBins < RevlogSample.Reference("default_rmse_bins"));
    }

    [Fact]
    public void The_same_history_always_gives_the_same_parameters()
    {
        var again = FsrsOptimizer.Fit(RevlogSample.Items, FsrsParameters.Default);

        Assert.Equal(SampleFit.Value.Parameters.Values, again.Parameters.Values);
    }

    [Fact]
    public void A_fit_that_does_not_beat_the_current_parameters_is_not_kept()
    {
        // The current parameters are what this very fit produces: the new fit ties, and a tie keeps the current ones.
        var current = SampleFit.Value.Parameters;

        var fit = FsrsOptimizer.Fit(RevlogSample.Items, current);

        Assert.False(fit.Improved);
        Assert.Equal(current, fit.Parameters);
        Assert.Equal(fit.Current, fit.Fitted);
    }

    [Fact]
    public void Fitted_parameters_stay_within_the_training_clamps()
    {
        var w = SampleFit.Value.Run.Parameters.Values.ToArray();
        var clamped = (double[])w.Clone();

        TrainingClamps.Apply(clamped, enableShortTerm: true);

        Assert.Equal(clamped, w);
    }

    [Fact]
    public void Initial_stabilities_come_from_pretraining_and_stay_increasing()
    {
        var run = SampleFit.Value.Run;

        Assert.NotNull(run.InitialStability);
        Assert.Equal(8394, run.TrainingItems);
        var s0 = run.Parameters.Values.Take(4).ToArray();
        Assert.Equal(s0.Order(), s0);
        Assert.NotEqual(FsrsParameters.Default.Values.Take(4), s0);
    }

    [Fact]
    public void Too_little_history_keeps_the_current_parameters()
    {
        FsrsItem[] items = [Item((3, 0), (3, 2)), Item((3, 0), (3, 2), (3, 5))];

        var fit = FsrsOptimizer.Fit(items, FsrsParameters.Default);

        Assert.Equal(OptimizerStage.NotEnoughData, fit.Run.Stage);
        Assert.False(fit.Improved);
        Assert.Equal(FsrsParameters.Default, fit.Parameters);
    }

    [Fact]
    public void Fewer_than_64_training_items_only_pretrain_the_initial_stabilities()
    {
        var items = Enumerable.Range(0, 30).Select(i => Item((3, 0), (i % 4 == 0 ? 1 : 3, 2)))
            .Concat(Enumerable.Range(0, 10).Select(_ => Item((3, 0), (3, 2), (3, 6))))
            .ToList();

        var run = FsrsOptimizer.ComputeParameters(items);

        Assert.Equal(OptimizerStage.Pretrained, run.Stage);
        Assert.Equal(FsrsParameters.Default.Values.Skip(4), run.Parameters.Values.Skip(4));
    }

    [Fact]
    public void Without_short_term_training_the_same_day_parameters_stay_at_zero()
    {
        var run = FsrsOptimizer.ComputeParameters(RevlogSample.Items, new OptimizerSettings { EnableShortTerm = false, Epochs = 1 });

        Assert.Equal([0.0, 0.0, 0.0], run.Parameters.Values.Skip(17).Take(3));
    }
}
