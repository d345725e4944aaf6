using Sobes.Cases.Electrolysis.Data;
using Sobes.Cases.Electrolysis.Modelling;

namespace Sobes.Cases.Tests.Electrolysis;

public sealed class ModellingTests
{
    [Fact]
    public void The_conformal_quantile_is_the_rank_ceil_n_plus_one_times_level()
    {
        var residuals = Enumerable.Range(1, 19).Select(i => (double)i).ToList();
        Assert.Equal(18, ReferencePipeline.ConformalQuantile(residuals, 0.9));
        Assert.Equal(double.PositiveInfinity, ReferencePipeline.ConformalQuantile([1, 2], 0.9));
    }

    [Fact]
    public void Lab_cleaning_drops_typos_and_gross_errors_and_merges_duplicates()
    {
        var t = new DateTime(2018, 1, 1, 8, 0, 0);
        var labs = new[] { 2.8, 2.9, 29.0, 2.7, 4.4, 2.8, 2.9 }.Select((v, i) => new LabSample(t.AddHours(12 * i), v)).Append(new LabSample(t, 3.0)).ToList();
        var clean = LabCleaning.Clean(labs);
        Assert.DoesNotContain(clean, l => l.Value > 4);
        Assert.Equal(2.9, clean[0].Value, 9);
        Assert.Equal([2.9, 2.9, 2.7, 2.8, 2.9], clean.Select(l => Math.Round(l.Value, 9)));
    }

    [Fact]
    public void Regression_score_matches_hand_figures()
    {
        var s = RegressionScore.Compute("m", [1, 2, 3], [1, 2, 4], [(0, 2), (0, 1), (3, 5)]);
        Assert.Equal(1 / 3.0, s.Mae, 12);
        Assert.Equal(Math.Sqrt(1 / 3.0), s.Rmse, 12);
        Assert.Equal(0.5, s.R2, 12);
        Assert.Equal(2 / 3.0, s.Coverage!.Value, 12);
    }
}
