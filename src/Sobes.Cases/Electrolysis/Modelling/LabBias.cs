using Sobes.Cases.Electrolysis.Data;

namespace Sobes.Cases.Electrolysis.Modelling;

/// <summary>
/// A stretch when the lab read off by a constant: found as the window of cleaned results whose mean differs most from
/// the rest (an epidemic change in the mean: Levin and Kline, 1985; Siegmund, 1986), kept only when the difference is
/// large against the sample noise and the back EMF, which follows the true alumina, did not move with it.
/// </summary>
internal readonly record struct LabBias(DateTime From, DateTime To, double Shift, double EmfShift)
{
    public static readonly LabBias None = new(DateTime.MinValue, DateTime.MinValue, 0, 0);

    private const int MinSamples = 20;
    private const double MinShift = 0.12;
    private const double MinZ = 6;
    private const double EmfPerPercent = 0.036;

    public bool Found => From != DateTime.MinValue;

    /// <summary>The lab value with the shift removed inside the stretch.</summary>
    public double Correct(DateTime time, double value) => Found && time >= From && time < To ? value - Shift : value;

    public IReadOnlyList<LabSample> Correct(IReadOnlyList<LabSample> labs)
    {
        ArgumentNullException.ThrowIfNull(labs);
        var corrected = new List<LabSample>(labs.Count);
        foreach (var lab in labs)
        {
            corrected.Add(new LabSample(lab.Time, Correct(lab.Time, lab.Value)));
        }

        return corrected;
    }

    public static LabBias Find(IReadOnlyList<LabSample> clean, SensorTable sensors)
    {
        ArgumentNullException.ThrowIfNull(clean);
        ArgumentNullException.ThrowIfNull(sensors);
        var n = clean.Count;
        if (n < 3 * MinSamples)
        {
            return None;
        }

        var prefix = new double[n + 1];
        for (var i = 0; i < n; i++)
        {
            prefix[i + 1] = prefix[i] + clean[i].Value;
        }

        var total = prefix[n];
        var sd = RobustSd(clean);
        var best = (From: 0, To: 0, Z: 0.0, Shift: 0.0);
        for (var a = 0; a < n; a++)
        {
            for (var b = a + MinSamples; b <= n && n - (b - a) >= MinSamples; b++)
            {
                var inside = b - a;
                var outside = n - inside;
                var shift = ((prefix[b] - prefix[a]) / inside) - ((total - prefix[b] + prefix[a]) / outside);
                var z = Math.Abs(shift) / (sd * Math.Sqrt((1.0 / inside) + (1.0 / outside)));
                if (z > best.Z)
                {
                    best = (a, b, z, shift);
                }
            }
        }

        if (best.Z < MinZ || Math.Abs(best.Shift) < MinShift)
        {
            return None;
        }

        var from = clean[best.From].Time;
        var to = best.To < n ? clean[best.To].Time : clean[^1].Time.AddMinutes(1);
        var emfShift = MedianEmf(sensors, t => t >= from && t < to) - MedianEmf(sensors, t => t < from || t >= to);
        // More alumina lowers the back EMF by some 36 mV per wt% near 3 %: a real change of the bath would show there.
        var explained = -emfShift * Math.Sign(best.Shift) / EmfPerPercent;
        return explained > 0.5 * Math.Abs(best.Shift) ? None : new LabBias(from, to, best.Shift, emfShift);
    }

    /// <summary>The noise of single results around their neighbours, scaled from the median absolute deviation.</summary>
    private static double RobustSd(IReadOnlyList<LabSample> clean)
    {
        var values = clean.Select(l => l.Value).ToArray();
        var median = LabCleaning.Median(values);
        return 1.4826 * LabCleaning.Median([.. values.Select(v => Math.Abs(v - median))]);
    }

    private static double MedianEmf(SensorTable sensors, Func<DateTime, bool> keep)
    {
        var emf = sensors.Values[SensorSchema.BackEmfIndex];
        return LabCleaning.Median([.. Enumerable.Range(0, sensors.Count).Where(i => i % 10 == 0 && keep(sensors.Times[i]) && emf[i] < 2.5).Select(i => emf[i]).Where(double.IsFinite)]);
    }
}
