namespace Sobes.Cases.Electrolysis.Generation;

/// <summary>One planned lab sample: when it is taken, what goes wrong with it, and when the result arrives.</summary>
internal sealed record PlannedSample(int Step, DateTime Time, bool Hidden, bool Scored, int Copies, double GrossShift, bool Typo, double DelayHours)
{
    public double Truth { get; set; }

    public double Value { get; set; }
}

/// <summary>
/// The lab's schedule: two samples a day near 08:00 and 20:00 with jitter, some skipped, some entered twice,
/// a few gross errors, a period when the analyser read high, and results that arrive hours late.
/// </summary>
internal static class LabPlan
{
    public const double Noise = 0.08;
    public const double BiasShift = 0.25;

    public static List<PlannedSample> Create(CaseOptions options, CaseRandom random)
    {
        var samples = new List<PlannedSample>();
        for (var day = options.Start.Date; day < options.End; day = day.AddDays(1))
        {
            foreach (var hour in (int[])[8, 20])
            {
                var time = day.AddHours(hour).AddMinutes(Math.Round(random.Normal(0, 25)));
                var hidden = time >= CaseOptions.CutOff;
                var scored = hidden && hour == 20;
                var step = (int)((time - options.Start) / CaseOptions.Step);
                var skip = random.Chance(0.04) && !scored;
                var copies = scored ? 1 : random.Chance(0.02) ? 2 : 1;
                var gross = !scored && random.Chance(0.007) ? (random.Chance(0.5) ? 1 : -1) * random.Uniform(0.8, 1.5) : 0;
                var typo = !scored && gross == 0 && random.Chance(0.003);
                var delay = random.Uniform(2, 6);
                if (step <= 0 || step >= options.Steps || skip)
                {
                    continue;
                }

                samples.Add(new PlannedSample(step, time, hidden, scored, copies, gross, typo, delay));
            }
        }

        return samples;
    }

    /// <summary>The analyser read high over a stretch of the training period (35–45 % of it).</summary>
    public static (DateTime From, DateTime To) BiasPeriod(CaseOptions options) =>
        (options.Start.AddDays(options.TrainDays * 0.35), options.Start.AddDays(options.TrainDays * 0.45));

    public static void Measure(PlannedSample sample, double truth, CaseOptions options, CaseRandom random)
    {
        var (from, to) = BiasPeriod(options);
        var bias = !sample.Hidden && sample.Time >= from && sample.Time < to ? BiasShift : 0;
        var value = truth + random.Normal(0, Noise) + bias + sample.GrossShift;
        sample.Truth = truth;
        sample.Value = Math.Round(sample.Typo ? value * 10 : Math.Max(value, 0.3), 2);
    }
}
