using Sobes.Core.Srs;
using Sobes.Core.Srs.Optimization;
using Xunit.Abstractions;

namespace Sobes.Core.Tests.Srs.Optimization;

public sealed class FsrsEvaluatorTests(ITestOutputHelper output)
{
    [Fact]
    public void The_sample_log_gives_fsrs_rs_item_count()
    {
        Assert.Equal(9175, RevlogSample.Items.Count);
    }

    [Fact]
    public void Default_parameters_score_the_sample_as_fsrs_rs_does()
    {
        var evaluation = FsrsEvaluator.Evaluate(FsrsParameters.Default, RevlogSample.Items);

        output.WriteLine($"{evaluation.LogLoss} {evaluation.RmseBins}");
        Assert.Equal(RevlogSample.Reference("default_log_loss"), evaluation.LogLoss, 1e-5);
        Assert.Equal(RevlogSample.Reference("default_rmse_bins"), evaluation.RmseBins, 1e-5);
    }

    [Fact]
    public void Fsrs_rs_fitted_parameters_score_the_sample_as_fsrs_rs_does()
    {
        var evaluation = FsrsEvaluator.Evaluate(FsrsParameters.Create(RevlogSample.ReferenceParameters), RevlogSample.Items);

        Assert.Equal(RevlogSample.Reference("log_loss"), evaluation.LogLoss, 1e-5);
        Assert.Equal(RevlogSample.Reference("rmse_bins"), evaluation.RmseBins, 1e-5);
    }

    [Fact]
    public void Scratch_fit()
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var fit = FsrsOptimizer.Fit(RevlogSample.Items, FsrsParameters.Default);
        output.WriteLine($"{sw.ElapsedMilliseconds} ms {fit.Run.Stage} {fit.Improved} train={fit.Run.TrainingItems} {fit.Fitted} {fit.Current}");
        output.WriteLine(fit.Run.Parameters.ToString());
        output.WriteLine(string.Join(", ", fit.Run.InitialStability!.Stabilities));
    }
}

public sealed class ScratchTests(ITestOutputHelper output)
{
    [Fact]
    public void Variants()
    {
        var items = RevlogSample.Items;
        var ones = Enumerable.Repeat(1.0, items.Count).ToArray();
        var p = FsrsEvaluator.Predict(FsrsParameters.Default, items, ones);
        double ll = 0;
        for (var i = 0; i < items.Count; i++) { var y = items[i].Recalled ? 1 : 0; ll -= y * Math.Log(p[i]) + (1 - y) * Math.Log(1 - p[i]); }
        output.WriteLine($"unweighted {ll / items.Count}");
        var w = FsrsEvaluator.RecencyWeights(items.Count);
        double l2 = 0, ws = 0;
        for (var i = 0; i < items.Count; i++) { var y = items[i].Recalled ? 1 : 0; l2 -= w[i] * (y * Math.Log(p[i]) + (1 - y) * Math.Log(1 - p[i])); ws += w[i]; }
        output.WriteLine($"weighted {l2 / ws}");
        double l3 = 0; int sameDay = 0;
        for (var i = 0; i < items.Count; i++)
        {
            MemoryState? m = null;
            var rv = items[i].Reviews;
            for (var t = 0; t < rv.Length - 1; t++) { m = Fsrs.Step(FsrsParameters.Default, m, rv[t].DeltaT, new Rating(rv[t].Rating)); if (t > 0 && rv[t].DeltaT == 0) sameDay++; }
            var pr = Fsrs.Retrievability(FsrsParameters.Default, m!.Value.Stability, rv[^1].DeltaT);
            var y = items[i].Recalled ? 1 : 0; l3 -= w[i] * (y * Math.Log(pr) + (1 - y) * Math.Log(1 - pr));
        }
        output.WriteLine($"step-based {l3 / ws} sameDayHistory={sameDay}");
        var filtered = OutlierFilter.Apply(items).Training;
        var ef = FsrsEvaluator.Evaluate(FsrsParameters.Default, filtered);
        var ef2 = FsrsEvaluator.Evaluate(FsrsParameters.Create(RevlogSample.ReferenceParameters), filtered);
        output.WriteLine($"filtered {filtered.Count} {ef} ref {ef2}");
        var byCard = items.OrderBy(i => i.CardId).ToList();
        output.WriteLine($"bycard {FsrsEvaluator.Evaluate(FsrsParameters.Default, byCard)} ref {FsrsEvaluator.Evaluate(FsrsParameters.Create(RevlogSample.ReferenceParameters), byCard)}");
        var byCardS = items.OrderBy(i => i.CardId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal).ToList();
        output.WriteLine($"bycardstr {FsrsEvaluator.Evaluate(FsrsParameters.Default, byCardS)} ref {FsrsEvaluator.Evaluate(FsrsParameters.Create(RevlogSample.ReferenceParameters), byCardS)}");
        output.WriteLine($"recall {items.Average(i => i.Recalled ? 1.0 : 0.0)} meanp {p.Average()}");
    }
}
