using Sobes.Cases.Electrolysis.Data;
using Sobes.Cases.Electrolysis.Generation;

namespace Sobes.Cases.Tests.Electrolysis;

public sealed class GeneratorTests
{
    private static readonly CaseOptions Small = new(7, TrainDays: 40, HiddenDays: 6);

    [Fact]
    public void The_same_seed_gives_the_same_case()
    {
        var a = ElectrolysisGenerator.Generate(Small);
        var b = ElectrolysisGenerator.Generate(Small);
        Assert.Equal(a.TrainSensors.Times, b.TrainSensors.Times);
        for (var j = 0; j < SensorSchema.Columns.Count; j++)
        {
            Assert.Equal(a.TrainSensors.Values[j], b.TrainSensors.Values[j]);
        }

        Assert.Equal(a.TrainLabs, b.TrainLabs);
        Assert.Equal(a.Scored, b.Scored);
    }

    [Fact]
    public void Another_seed_gives_another_case()
    {
        var a = ElectrolysisGenerator.Generate(Small);
        var b = ElectrolysisGenerator.Generate(Small with { Seed = 8 });
        Assert.NotEqual(a.TrainLabs.Select(l => l.Value), b.TrainLabs.Select(l => l.Value));
    }

    [Fact]
    public void Alumina_stays_in_the_range_of_a_working_cell()
    {
        var c = ElectrolysisGenerator.Generate(Small);
        var mean = c.TrueAlumina.Average();
        Assert.InRange(mean, 2.5, 3.5);
        Assert.InRange(c.TrueAlumina.Count(a => a is > 2 and < 4) / (double)c.TrueAlumina.Length, 0.9, 1.0);
    }

    [Fact]
    public void The_lab_samples_about_twice_a_day_and_the_data_ends_at_the_cut_off()
    {
        var c = ElectrolysisGenerator.Generate(Small);
        Assert.InRange(c.TrainLabs.Count, 2 * 40 * 0.9, 2 * 40 * 1.05);
        Assert.True(c.TrainSensors.Times[^1] < CaseOptions.CutOff);
        Assert.True(c.HiddenSensors.Times[0] >= CaseOptions.CutOff);
        Assert.All(c.Scored, s => Assert.Equal(20, s.Time.Hour, 1.0));
        Assert.All(c.HiddenVisibleLabs, s => Assert.InRange(s.Time.Hour, 6, 9));
    }

    [Fact]
    public void Back_emf_rises_as_alumina_falls_and_sharply_below_two_percent()
    {
        var at3 = CellPhysics.BackEmf(3, 965);
        var at25 = CellPhysics.BackEmf(2.5, 965);
        var at2 = CellPhysics.BackEmf(2, 965);
        var at19 = CellPhysics.BackEmf(1.9, 965);
        Assert.True(at25 > at3);
        Assert.True((at19 - at2) / 0.1 > 2 * (at25 - at3) / 0.5);
    }

    [Fact]
    public void A_burnt_thermocouple_reads_999_9_in_the_later_part_of_the_year()
    {
        var c = ElectrolysisGenerator.Generate(Small);
        var burnt = c.TrainSensors.Values.Select((v, j) => (v, j)).Where(x => x.v.Contains(999.9)).ToList();
        Assert.Single(burnt);
        Assert.StartsWith("Board Deaf Temp.", SensorSchema.Columns[burnt[0].j]);
        Assert.Contains(c.Events, e => e.Kind == "burnt");
    }

    [Fact]
    public void Scored_samples_differ_from_the_truth_only_by_lab_noise()
    {
        var c = ElectrolysisGenerator.Generate(new CaseOptions(3, TrainDays: 30, HiddenDays: 30));
        Assert.InRange(c.NoiseFloorMae, 0.4 * c.LabNoise, 1.2 * c.LabNoise);
    }
}
