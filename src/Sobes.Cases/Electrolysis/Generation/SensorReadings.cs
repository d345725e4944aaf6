using Sobes.Cases.Electrolysis.Data;

namespace Sobes.Cases.Electrolysis.Generation;

/// <summary>
/// Turns the true signals into what the plant historian stored: measurement noise, a drifting back-EMF
/// estimate, outages, a stuck, a drifting and a burnt thermocouple, and the noise filter's software change.
/// </summary>
internal static class SensorReadings
{
    public const double BurntReading = 999.9;

    public static (double[][] Values, bool[] RowPresent) Read(CaseOptions options, ProcessTrace trace, List<CaseEvent> events)
    {
        var random = new CaseRandom(options.Seed, 3);
        var n = options.Steps;
        var columns = SensorSchema.Columns.Count;
        var values = new double[columns][];
        for (var j = 0; j < columns; j++)
        {
            values[j] = new double[n];
        }

        var gains = new double[SensorSchema.TemperatureCount];
        var offsets = new double[gains.Length];
        for (var j = 0; j < gains.Length; j++)
        {
            var column = SensorSchema.FirstTemperatureIndex + j;
            var end = column >= SensorSchema.FirstDeafIndex ? 0.8 : column >= SensorSchema.FirstFaceIndex ? 0.9 : 1.0;
            gains[j] = end * random.Uniform(0.85, 1.15);
            offsets[j] = random.Normal(0, 8);
        }

        var emfDrift = 0.0;
        for (var i = 0; i < n; i++)
        {
            emfDrift += (-emfDrift * 0.05 / 240) + (0.000365 * Math.Sqrt(0.05) * random.Normal());
            var time = options.Start + (i * CaseOptions.Step);
            var noise = trace.Noise[i] * Math.Exp(random.Normal(0, 0.15));
            values[SensorSchema.NoiseIndex][i] = Math.Round(time >= trace.SoftwareChange ? (1.5 * noise) + 2 : noise, 2);
            var emf = trace.AnomalyEmf(i, random) ?? trace.BackEmf[i] + emfDrift + random.Normal(0, 0.006);
            values[SensorSchema.BackEmfIndex][i] = Math.Round(emf, 4);
            values[SensorSchema.VoltageIncreaseIndex][i] = Math.Round(trace.VoltageSlope[i], 1);
            values[SensorSchema.DosesIndex][i] = trace.Doses[i];
            for (var j = 0; j < gains.Length; j++)
            {
                var reading = trace.Ambient[i] + (trace.ShellRise[i] * gains[j]) + offsets[j] + random.Normal(0, 1.0);
                values[SensorSchema.FirstTemperatureIndex + j][i] = Math.Round(reading, 1);
            }
        }

        InjectThermocoupleFaults(options, values, events);
        var present = InjectOutages(options, values, events, random);
        return (values, present);
    }

    private static double? AnomalyEmf(this ProcessTrace trace, int i, CaseRandom random) =>
        trace.AnodeEffect[i] ? random.Uniform(3, 6) : null;

    private static void InjectThermocoupleFaults(CaseOptions options, double[][] values, List<CaseEvent> events)
    {
        int StepAt(double fraction) => (int)(options.TrainDays * fraction * 480);
        var stuck = SensorSchema.FirstBoardIndex + 2;
        var drifting = SensorSchema.FirstBoardIndex + 11;
        var burnt = SensorSchema.FirstDeafIndex + 3;
        var stuckFrom = StepAt(0.3);
        var driftFrom = StepAt(0.2);
        var burntFrom = StepAt(0.7);
        for (var i = stuckFrom + 1; i < values[stuck].Length; i++)
        {
            values[stuck][i] = values[stuck][stuckFrom];
        }

        for (var i = driftFrom; i < values[drifting].Length; i++)
        {
            values[drifting][i] = Math.Round(values[drifting][i] + (0.15 * (i - driftFrom) / 480.0), 1);
        }

        for (var i = burntFrom; i < values[burnt].Length; i++)
        {
            values[burnt][i] = BurntReading;
        }

        events.Add(new CaseEvent(options.Start + (stuckFrom * CaseOptions.Step), "stuck", $"{SensorSchema.Columns[stuck]} repeats one value from here on"));
        events.Add(new CaseEvent(options.Start + (driftFrom * CaseOptions.Step), "drift", $"{SensorSchema.Columns[drifting]} drifts up by 0.15 °C a day"));
        events.Add(new CaseEvent(options.Start + (burntFrom * CaseOptions.Step), "burnt", $"{SensorSchema.Columns[burnt]} burnt out and reads {BurntReading}"));
    }

    private static bool[] InjectOutages(CaseOptions options, double[][] values, List<CaseEvent> events, CaseRandom random)
    {
        var n = options.Steps;
        var present = Enumerable.Repeat(true, n).ToArray();
        for (var at = (int)(random.Exponential(45) * 480); at < n; at += (int)(random.Exponential(45) * 480))
        {
            var length = (int)(Math.Min(random.Exponential(6), 48) * 20) + 1;
            Array.Fill(present, false, at, Math.Min(length, n - at));
            events.Add(new CaseEvent(options.Start + (at * CaseOptions.Step), "outage", $"no rows for {length * 0.05:F1} h"));
        }

        for (var at = (int)(random.Exponential(30) * 480); at < n; at += (int)(random.Exponential(30) * 480))
        {
            var length = Math.Min((int)(random.Uniform(1, 6) * 20), n - at);
            Array.Fill(values[SensorSchema.BackEmfIndex], double.NaN, at, length);
            Array.Fill(values[SensorSchema.VoltageIncreaseIndex], double.NaN, at, length);
            events.Add(new CaseEvent(options.Start + (at * CaseOptions.Step), "gap", $"back EMF and voltage slope empty for {length * 0.05:F1} h"));
        }

        return present;
    }
}
