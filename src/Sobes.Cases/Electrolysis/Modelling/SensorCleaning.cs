using Sobes.Cases.Electrolysis.Data;

namespace Sobes.Cases.Electrolysis.Modelling;

/// <summary>
/// A step in one signal (a software change): found as the day that best splits the daily medians, and undone by
/// mapping the earlier part onto the later one through medians and interquartile ranges.
/// </summary>
internal readonly record struct SignalStep(DateTime At, double Scale, double Shift)
{
    public static readonly SignalStep None = new(DateTime.MinValue, 1, 0);

    public bool Found => At != DateTime.MinValue;

    public double Correct(DateTime time, double value) => time < At ? (value * Scale) + Shift : value;

    public static SignalStep Find(SensorTable table, int column, int minDays = 20)
    {
        var days = Enumerable.Range(0, table.Count).GroupBy(i => table.Times[i].Date)
            .Select(g => (Day: g.Key, Median: LabCleaning.Median([.. g.Select(i => table.Values[column][i]).Where(double.IsFinite)])))
            .Where(d => double.IsFinite(d.Median)).ToArray();
        if (days.Length < 2 * minDays)
        {
            return None;
        }

        var best = (Index: -1, Score: 0.0);
        for (var k = minDays; k <= days.Length - minDays; k++)
        {
            var before = LabCleaning.Median([.. days[..k].Select(d => d.Median)]);
            var after = LabCleaning.Median([.. days[k..].Select(d => d.Median)]);
            var score = Math.Abs(Math.Log(after / before));
            if (score > best.Score)
            {
                best = (k, score);
            }
        }

        if (best.Score < Math.Log(1.3))
        {
            return None;
        }

        var at = days[best.Index].Day;
        var early = Quartiles(table, column, t => t < at);
        var late = Quartiles(table, column, t => t >= at);
        var scale = (late.Q3 - late.Q1) / (early.Q3 - early.Q1);
        return new SignalStep(at, scale, late.Median - (scale * early.Median));
    }

    private static (double Q1, double Median, double Q3) Quartiles(SensorTable table, int column, Func<DateTime, bool> keep)
    {
        var values = Enumerable.Range(0, table.Count).Where(i => keep(table.Times[i])).Select(i => table.Values[column][i]).Where(double.IsFinite).Order().ToArray();
        return (values[values.Length / 4], values[values.Length / 2], values[3 * values.Length / 4]);
    }
}

/// <summary>Thermocouple readings a model may use: a burnt sensor's 999.9 and anything outside the physical range are dropped.</summary>
internal static class TemperatureValidity
{
    public static bool IsValid(double celsius) => celsius is > -60 and < 700;
}
