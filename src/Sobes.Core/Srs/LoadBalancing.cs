using System.Collections.Immutable;

namespace Sobes.Core.Srs;

/// <summary>
/// Whether review intervals are load-balanced, and which weekdays should be lighter ("easy days", as in Anki 24.11).
/// Each weekday has a load factor in [0, 1]: 1 is a normal day, 0.5 takes about half the reviews a normal day would,
/// 0 takes reviews only when every day in a card's range is such a day.
/// </summary>
public sealed record LoadBalancing
{
    private readonly ImmutableArray<double> weekdayLoad = [1, 1, 1, 1, 1, 1, 1];

    /// <summary>Balancing on, every weekday normal.</summary>
    public static LoadBalancing On { get; } = new();

    /// <summary>Balancing off: intervals get the plain fuzz.</summary>
    public static LoadBalancing Off { get; } = new() { Enabled = false };

    /// <summary>Whether due dates are spread by load within the fuzz range.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Load factor per weekday, indexed by <see cref="DayOfWeek"/> (Sunday = 0), each in [0, 1].</summary>
    public ImmutableArray<double> WeekdayLoad
    {
        get => weekdayLoad;
        init
        {
            if (value.Length != 7 || value.Any(v => !(v >= 0 && v <= 1)))
            {
                throw new ArgumentException("Give seven load factors (Sunday first), each within 0–1.", nameof(value));
            }

            weekdayLoad = value;
        }
    }

    /// <summary>These settings with <paramref name="day"/> lightened to <paramref name="load"/> (0 by default: as free as the range allows).</summary>
    public LoadBalancing WithEasyDay(DayOfWeek day, double load = 0) => this with { WeekdayLoad = WeekdayLoad.SetItem((int)day, load) };

    /// <summary>The load factor of <paramref name="day"/>'s weekday.</summary>
    public double LoadOn(DateOnly day) => WeekdayLoad[(int)day.DayOfWeek];
}

/// <summary>How many reviews are already due on each learner-day: the load that balancing flattens. Immutable.</summary>
public sealed class DueCounts
{
    private readonly ImmutableDictionary<DateOnly, int> counts;

    private DueCounts(ImmutableDictionary<DateOnly, int> counts) => this.counts = counts;

    /// <summary>No reviews due on any day.</summary>
    public static DueCounts Empty { get; } = new(ImmutableDictionary<DateOnly, int>.Empty);

    /// <summary>Reviews due on <paramref name="day"/> (0 when none are known).</summary>
    public int this[DateOnly day] => counts.GetValueOrDefault(day);

    /// <summary>Counts from (day, count) pairs; counts of the same day add up.</summary>
    public static DueCounts From(IEnumerable<KeyValuePair<DateOnly, int>> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var builder = ImmutableDictionary.CreateBuilder<DateOnly, int>();
        foreach (var (day, count) in days)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(count);
            builder[day] = builder.GetValueOrDefault(day) + count;
        }

        return new DueCounts(builder.ToImmutable());
    }

    /// <summary>These counts with one more review due on <paramref name="day"/>.</summary>
    public DueCounts Add(DateOnly day) => new(counts.SetItem(day, this[day] + 1));
}
