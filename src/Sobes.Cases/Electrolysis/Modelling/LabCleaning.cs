using Sobes.Cases.Electrolysis.Data;

namespace Sobes.Cases.Electrolysis.Modelling;

/// <summary>
/// Lab results fit to learn from: impossible values (typos) dropped, duplicates merged, and gross errors
/// (far from the median of their neighbours) dropped.
/// </summary>
internal static class LabCleaning
{
    public const double MinPlausible = 0.5;
    public const double MaxPlausible = 8;
    private const double GrossDeviation = 0.7;

    public static bool IsPlausible(double value) => value is >= MinPlausible and <= MaxPlausible;

    public static List<LabSample> Clean(IEnumerable<LabSample> labs)
    {
        var merged = labs.Where(l => IsPlausible(l.Value))
            .GroupBy(l => l.Time)
            .Select(g => new LabSample(g.Key, g.Average(l => l.Value)))
            .OrderBy(l => l.Time)
            .ToList();
        // Remove the worst outlier first and look again, so one gross error does not condemn its neighbours.
        while (merged.Count > 2)
        {
            var worst = Enumerable.Range(0, merged.Count).Select(i => (Index: i, Deviation: Deviation(merged, i))).MaxBy(d => d.Deviation);
            if (worst.Deviation <= GrossDeviation)
            {
                break;
            }

            merged.RemoveAt(worst.Index);
        }

        return merged;
    }

    private static double Deviation(List<LabSample> labs, int i)
    {
        var neighbours = Enumerable.Range(i - 2, 5).Where(j => j != i && j >= 0 && j < labs.Count).Select(j => labs[j].Value).ToArray();
        return Math.Abs(labs[i].Value - Median(neighbours));
    }

    public static double Median(double[] values)
    {
        if (values.Length == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
