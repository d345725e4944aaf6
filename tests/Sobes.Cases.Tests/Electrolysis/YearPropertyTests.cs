using Sobes.Cases.Electrolysis.Modelling;
using Sobes.Cases.Electrolysis.Reporting;

namespace Sobes.Cases.Tests.Electrolysis;

public sealed class YearPropertyTests(YearCases cases) : IClassFixture<YearCases>
{
    [Theory]
    [MemberData(nameof(YearCases.Seeds), MemberType = typeof(YearCases))]
    public void Over_the_year_more_doses_go_with_less_alumina(int seed)
    {
        var c = cases.Seed(seed);
        Assert.True(DoseCorrelation.Over(c.TrainSensors, c.TrainLabs, 12) < -0.1, $"12 h: {DoseCorrelation.Over(c.TrainSensors, c.TrainLabs, 12):F2}");
        Assert.True(DoseCorrelation.Over(c.TrainSensors, c.TrainLabs, 3) < -0.05, $"3 h: {DoseCorrelation.Over(c.TrainSensors, c.TrainLabs, 3):F2}");
    }

    [Theory]
    [MemberData(nameof(YearCases.Seeds), MemberType = typeof(YearCases))]
    public void The_analyser_bias_shift_is_found_about_where_it_was_made(int seed)
    {
        var c = cases.Seed(seed);
        var made = Assert.Single(c.Events, e => e.Kind == "lab bias");
        var bias = LabBias.Find(LabCleaning.Clean(c.TrainLabs), c.TrainSensors);
        Assert.True(bias.Found);
        Assert.InRange((bias.From - made.Time).TotalDays, -5, 5);
        Assert.InRange(bias.Shift, 0.15, 0.45);
        var faults = FaultFinder.Find(c.TrainSensors, c.TrainLabs);
        Assert.Contains(faults, f => f.Contains("analyser bias", StringComparison.Ordinal) && f.Contains($"{bias.From:yyyy-MM-dd}", StringComparison.Ordinal));
    }

    [Fact]
    public void The_other_generated_faults_are_still_found()
    {
        var c = cases.Seed(1);
        var faults = string.Join('\n', FaultFinder.Find(c.TrainSensors, c.TrainLabs));
        Assert.Contains("999.9", faults, StringComparison.Ordinal);
        Assert.Contains("is stuck at", faults, StringComparison.Ordinal);
        Assert.Contains("drifts", faults, StringComparison.Ordinal);
        Assert.Contains("noise signal steps", faults, StringComparison.Ordinal);
        Assert.Contains("outages with no rows", faults, StringComparison.Ordinal);
    }
}
