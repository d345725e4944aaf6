using Sobes.Cases.Electrolysis.Data;

namespace Sobes.Cases.Electrolysis.Modelling;

internal sealed partial class CaseFeatures
{
    /// <summary>Rows in (time − hours, time].</summary>
    private (int Start, int End) Window(DateTime time, double hours)
    {
        var end = table.LastIndexAtOrBefore(time) + 1;
        var start = table.LastIndexAtOrBefore(time.AddHours(-hours)) + 1;
        return (start, end);
    }

    private IEnumerable<double> Values(int column, DateTime time, double hours)
    {
        var (start, end) = Window(time, hours);
        var values = table.Values[column];
        for (var i = start; i < end; i++)
        {
            if (double.IsFinite(values[i]))
            {
                yield return values[i];
            }
        }
    }

    private float Median(int column, DateTime time, double hours) => (float)LabCleaning.Median([.. Values(column, time, hours)]);

    /// <summary>A sum scaled up for missing rows, so an outage does not look like a feeding pause.</summary>
    private float Sum(int column, DateTime time, double hours)
    {
        var values = Values(column, time, hours).ToArray();
        var expected = hours * 20;
        return values.Length < expected / 4 ? float.NaN : (float)(values.Sum() * expected / values.Length);
    }

    private float NoiseMedian(DateTime time, double hours)
    {
        var (start, end) = Window(time, hours);
        var values = new List<double>(end - start);
        for (var i = start; i < end; i++)
        {
            var v = table.Values[SensorSchema.NoiseIndex][i];
            if (double.IsFinite(v))
            {
                values.Add(noiseStep.Correct(table.Times[i], v));
            }
        }

        return (float)LabCleaning.Median([.. values]);
    }

    /// <summary>The window mean of each row's median over a group of thermocouples: robust to one stuck, drifting or burnt sensor.</summary>
    private float TemperatureMedian(int first, int count, DateTime time, double hours)
    {
        var (start, end) = Window(time, hours);
        var row = new List<double>(count);
        double sum = 0;
        var n = 0;
        for (var i = start; i < end; i++)
        {
            row.Clear();
            for (var j = first; j < first + count; j++)
            {
                var v = table.Values[j][i];
                if (TemperatureValidity.IsValid(v))
                {
                    row.Add(v);
                }
            }

            if (row.Count > 0)
            {
                sum += LabCleaning.Median([.. row]);
                n++;
            }
        }

        return n == 0 ? float.NaN : (float)(sum / n);
    }
}
