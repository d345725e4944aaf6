using System.Globalization;
using Sobes.Core.Srs;
using Sobes.Data.Storage;

namespace Sobes.Data.Practice;

/// <summary>How a learner's FSRS parameters and easy days are stored on <see cref="LearnerRecord"/>.</summary>
public static class LearnerParameters
{
    /// <summary>An easy day takes about half a normal day's reviews (Anki's "reduced").</summary>
    public const double EasyDayLoad = 0.5;

    /// <summary>The learner's own parameters, or the defaults while they have none (or the stored ones no longer parse).</summary>
    public static FsrsParameters Of(LearnerRecord learner)
    {
        ArgumentNullException.ThrowIfNull(learner);
        if (string.IsNullOrWhiteSpace(learner.FsrsParameters))
        {
            return FsrsParameters.Default;
        }

        var values = new List<double>();
        foreach (var part in learner.FsrsParameters.Split(','))
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return FsrsParameters.Default;
            }

            values.Add(value);
        }

        try
        {
            return FsrsParameters.Create(values);
        }
        catch (ArgumentException)
        {
            return FsrsParameters.Default;
        }
    }

    /// <summary>The stored form of <paramref name="parameters"/>: round-trippable numbers, comma-separated.</summary>
    public static string Format(FsrsParameters parameters) =>
        string.Join(',', parameters.Values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));

    /// <summary>The learner's easy days, Sunday first.</summary>
    public static IReadOnlyList<DayOfWeek> EasyDaysOf(LearnerRecord learner)
    {
        ArgumentNullException.ThrowIfNull(learner);
        return [.. Enum.GetValues<DayOfWeek>().Where(d => (learner.EasyDays & (1 << (int)d)) != 0)];
    }

    /// <summary>The stored bit mask of <paramref name="days"/>.</summary>
    public static int EasyDaysMask(IEnumerable<DayOfWeek> days) => days.Aggregate(0, (mask, d) => mask | (1 << (int)d));
}
