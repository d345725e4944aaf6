using System.Globalization;
using Sobes.Cases.Electrolysis.Data;
using Sobes.Cases.Electrolysis.Modelling;

namespace Sobes.Cases.Electrolysis.Reporting;

/// <summary>Finds, from the data alone, the faults a careful analyst reports: gaps, dead or stuck sensors, steps, bad lab entries.</summary>
internal static class FaultFinder
{
    public static List<string> Find(SensorTable t, IReadOnlyList<LabSample> labs)
    {
        var found = new List<string>();
        var gaps = Enumerable.Range(1, t.Count - 1).Select(i => (At: t.Times[i - 1], Hours: (t.Times[i] - t.Times[i - 1]).TotalHours)).Where(g => g.Hours > 0.1).ToList();
        if (gaps.Count > 0)
        {
            var longest = gaps.MaxBy(g => g.Hours);
            found.Add(string.Create(CultureInfo.InvariantCulture, $"{gaps.Count} outages with no rows; the longest {longest.Hours:F1} h from {longest.At:yyyy-MM-dd HH:mm}."));
        }

        for (var j = 0; j < SensorSchema.Columns.Count; j++)
        {
            var v = t.Values[j];
            var burnt = j >= SensorSchema.FirstTemperatureIndex ? Array.FindIndex(v, x => x >= 999) : -1;
            if (burnt >= 0)
            {
                found.Add($"{SensorSchema.Columns[j]} reads 999.9 (a burnt thermocouple) from {t.Times[burnt]:yyyy-MM-dd HH:mm}.");
                continue;
            }

            var (start, length) = LongestConstantRun(v);
            if (j >= SensorSchema.FirstTemperatureIndex && length > 480)
            {
                found.Add(string.Create(CultureInfo.InvariantCulture, $"{SensorSchema.Columns[j]} is stuck at {v[start]} for {length / 480.0:F0} days from {t.Times[start]:yyyy-MM-dd}."));
            }

            var empty = v.Count(double.IsNaN);
            if (empty > 0)
            {
                found.Add($"{SensorSchema.Columns[j]} is empty in {empty} rows.");
            }
        }

        var step = SignalStep.Find(t, SensorSchema.NoiseIndex);
        if (step.Found)
        {
            found.Add(string.Create(CultureInfo.InvariantCulture, $"The noise signal steps on {step.At:yyyy-MM-dd} (a software change?): earlier values map by ×{step.Scale:F2} {step.Shift:+0.00;-0.00}."));
        }

        found.AddRange(DriftingBoards(t));
        var duplicates = labs.GroupBy(l => l.Time).Count(g => g.Count() > 1);
        var typos = labs.Count(l => !LabCleaning.IsPlausible(l.Value));
        var clean = LabCleaning.Clean(labs);
        var bias = LabBias.Find(clean, t);
        if (bias.Found)
        {
            found.Add(string.Create(CultureInfo.InvariantCulture,
                $"The lab reads {bias.Shift:+0.00;-0.00} wt% off from {bias.From:yyyy-MM-dd} to {bias.To:yyyy-MM-dd} while the back EMF moved {bias.EmfShift * 1000:+0.0;-0.0} mV (a real change would move it about {-36 * bias.Shift:+0;-0} mV): an analyser bias shift."));
        }

        found.Add($"Lab: {duplicates} samples entered twice, {typos} impossible values (typos), {labs.Select(l => l.Time).Distinct().Count() - typos - clean.Count} gross errors dropped against their neighbours.");
        return found;
    }

    private static (int Start, int Length) LongestConstantRun(double[] v)
    {
        var best = (Start: 0, Length: 0);
        var start = 0;
        for (var i = 1; i <= v.Length; i++)
        {
            if (i == v.Length || v[i] != v[start])
            {
                if (i - start > best.Length)
                {
                    best = (start, i - start);
                }

                start = i;
            }
        }

        return best;
    }

    /// <summary>A board sensor whose gap to the median of all boards grows steadily over the year is drifting.</summary>
    private static IEnumerable<string> DriftingBoards(SensorTable t)
    {
        var n = t.Count;
        var quarter = n / 4;
        for (var j = SensorSchema.FirstBoardIndex; j < SensorSchema.FirstFaceIndex; j++)
        {
            double Gap(int from, int to) => LabCleaning.Median([.. Enumerable.Range(from, to - from).Where(i => i % 20 == 0).Select(i => t.Values[j][i] - LabCleaning.Median([.. Enumerable.Range(SensorSchema.FirstBoardIndex, 16).Select(k => t.Values[k][i]).Where(TemperatureValidity.IsValid)])).Where(double.IsFinite)]);
            var change = Gap(n - quarter, n) - Gap(0, quarter);
            var stuck = t.Values[j][n - 1] == t.Values[j][n - 2] && t.Values[j][n - 2] == t.Values[j][n - 40];
            if (Math.Abs(change) > 25 && !stuck)
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"{SensorSchema.Columns[j]} drifts: its gap to the board median changed by {change:F0} °C between the first and last quarter.");
            }
        }
    }
}
