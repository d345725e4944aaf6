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

    [Fact]
    public void A_lab_that_reads_high_for_a_stretch_while_the_back_emf_stays_put_is_a_bias()
    {
        var start = new DateTime(2018, 1, 1, 8, 0, 0);
        var labs = Enumerable.Range(0, 200).Select(i => new LabSample(start.AddHours(12 * i), 3 + (0.08 * Math.Sin(i * 1.7)) + (i is >= 80 and < 130 ? 0.3 : 0))).ToList();
        var times = Enumerable.Range(0, 100 * 480).Select(i => start.AddMinutes(3 * i)).ToArray();
        var values = SensorSchema.Columns.Select(_ => new double[times.Length]).ToArray();
        Array.Fill(values[SensorSchema.BackEmfIndex], 1.75);
        var bias = LabBias.Find(labs, new SensorTable(times, values));
        Assert.True(bias.Found);
        Assert.Equal((labs[80].Time, labs[130].Time), (bias.From, bias.To));
        Assert.Equal(0.3, bias.Shift, 2);
        Assert.Equal(3.0, bias.Correct(labs[100].Time, 3.3), 2);
        Assert.Equal(3.3, bias.Correct(labs[10].Time, 3.3), 9);
    }

    [Fact]
    public void A_lab_step_that_the_back_emf_follows_is_not_a_bias()
    {
        var start = new DateTime(2018, 1, 1, 8, 0, 0);
        var labs = Enumerable.Range(0, 200).Select(i => new LabSample(start.AddHours(12 * i), 3 + (0.08 * Math.Sin(i * 1.7)) + (i is >= 80 and < 130 ? 0.3 : 0))).ToList();
        var times = Enumerable.Range(0, 100 * 480).Select(i => start.AddMinutes(3 * i)).ToArray();
        var values = SensorSchema.Columns.Select(_ => new double[times.Length]).ToArray();
        for (var i = 0; i < times.Length; i++)
        {
            values[SensorSchema.BackEmfIndex][i] = times[i] >= labs[80].Time && times[i] < labs[130].Time ? 1.74 : 1.75;
        }

        Assert.False(LabBias.Find(labs, new SensorTable(times, values)).Found);
    }
}
