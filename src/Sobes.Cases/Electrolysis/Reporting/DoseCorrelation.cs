using Sobes.Cases.Electrolysis.Data;
using Sobes.Cases.Electrolysis.Modelling;

namespace Sobes.Cases.Electrolysis.Reporting;

/// <summary>
/// How the dose count in a window before each cleaned lab result goes with the result. Over an hour the doses have
/// just raised the alumina (mass balance); over hours the controller's answer to low alumina dominates, so more
/// doses go with less alumina.
/// </summary>
internal static class DoseCorrelation
{
    public static IReadOnlyList<(double Doses, double Lab)> Pairs(SensorTable sensors, IReadOnlyList<LabSample> clean, double hours)
    {
        var doses = sensors.Values[SensorSchema.DosesIndex];
        var pairs = new List<(double, double)>();
        foreach (var lab in clean)
        {
            var end = sensors.LastIndexAtOrBefore(lab.Time) + 1;
            var start = sensors.LastIndexAtOrBefore(lab.Time.AddHours(-hours)) + 1;
            // Skip windows cut by an outage: a missing row is not a step without doses.
            if (end - start < hours * 20 * 0.9)
            {
                continue;
            }

            double sum = 0;
            for (var i = start; i < end; i++)
            {
                sum += doses[i];
            }

            pairs.Add((sum, lab.Value));
        }

        return pairs;
    }

    public static double Over(SensorTable sensors, IReadOnlyList<LabSample> labs, double hours)
    {
        var pairs = Pairs(sensors, LabCleaning.Clean(labs), hours);
        return Pearson([.. pairs.Select(p => p.Doses)], [.. pairs.Select(p => p.Lab)]);
    }

    public static double Pearson(double[] x, double[] y)
    {
        var (mx, my) = (x.Average(), y.Average());
        var cov = x.Select((v, i) => (v - mx) * (y[i] - my)).Sum();
        return cov / Math.Sqrt(x.Sum(v => (v - mx) * (v - mx)) * y.Sum(v => (v - my) * (v - my)));
    }
}
