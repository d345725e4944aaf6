using Sobes.Cases.Electrolysis.Data;

namespace Sobes.Cases.Electrolysis.Generation;

/// <summary>Generates the electrolysis case from a seed: the same seed gives the same files, bit for bit.</summary>
public static class ElectrolysisGenerator
{
    public static GeneratedCase Generate(CaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var labs = LabPlan.Create(options, new CaseRandom(options.Seed, 4));
        var trace = ProcessSimulation.Run(options, labs);
        var events = new List<CaseEvent>(trace.Events);
        var (from, to) = LabPlan.BiasPeriod(options);
        events.Add(new CaseEvent(from, "lab bias", $"the analyser reads {LabPlan.BiasShift:F2} % high until {to:yyyy-MM-dd}"));
        var (values, present) = SensorReadings.Read(options, trace, events);
        var all = Table(options, values, present);
        var trainLabs = new List<LabSample>();
        foreach (var sample in labs.Where(s => !s.Hidden))
        {
            trainLabs.AddRange(Enumerable.Repeat(new LabSample(sample.Time, sample.Value), sample.Copies));
            if (sample.GrossShift != 0 || sample.Typo)
            {
                events.Add(new CaseEvent(sample.Time, "gross error", $"the lab reported {sample.Value:F2} % for a true {sample.Truth:F2} %"));
            }
        }

        return new GeneratedCase
        {
            Options = options,
            TrainSensors = all.Slice(options.Start, CaseOptions.CutOff),
            HiddenSensors = all.Slice(CaseOptions.CutOff, options.End),
            DoseMasses = DailyDoseMasses(options, trace),
            TrainLabs = trainLabs,
            HiddenVisibleLabs = [.. labs.Where(s => s.Hidden && !s.Scored).Select(s => new LabSample(s.Time, s.Value))],
            Scored = [.. labs.Where(s => s.Scored).Select(s => new ScoredSample(s.Time, s.Value, s.Truth))],
            TrueAlumina = trace.Alumina,
            Events = [.. events.OrderBy(e => e.Time)],
            LabNoise = LabPlan.Noise,
        };
    }

    private static SensorTable Table(CaseOptions options, double[][] values, bool[] present)
    {
        var keep = Enumerable.Range(0, options.Steps).Where(i => present[i]).ToArray();
        var times = keep.Select(i => options.Start + (i * CaseOptions.Step)).ToArray();
        return new SensorTable(times, [.. values.Select(column => keep.Select(i => column[i]).ToArray())]);
    }

    /// <summary>The average-dose-mass file: one row a day with the mass the controller was configured with.</summary>
    private static List<DoseMass> DailyDoseMasses(CaseOptions options, ProcessTrace trace)
    {
        var result = new List<DoseMass>();
        var k = 0;
        for (var day = 0; day < options.TrainDays + options.HiddenDays; day++)
        {
            while (k + 1 < trace.Calibrations.Count && trace.Calibrations[k + 1].Step <= day * 480)
            {
                k++;
            }

            result.Add(new DoseMass(options.Start.AddDays(day), trace.Calibrations[k].Kilograms));
        }

        return result;
    }
}
