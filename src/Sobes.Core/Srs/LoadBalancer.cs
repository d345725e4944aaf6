namespace Sobes.Core.Srs;

/// <summary>
/// Picks a review interval within the fuzz range so that the days ahead fill evenly (after Anki's load balancer,
/// rslib/src/scheduler/states/load_balancer.rs). Each candidate day d (days from today) in the range of
/// <see cref="ReviewFuzz.Bounds"/> gets the weight 1/(due + 1)² · 1/d · load(weekday): days already heavy are
/// avoided, shorter intervals are slightly preferred (so balancing does not lengthen intervals on average), and easy
/// days take their share. The card's fuzz factor (fixed by card id and repetition count) draws from those weights, so
/// the choice is pure and the preview shows exactly the day the answer will give.
/// </summary>
public static class LoadBalancer
{
    // Keeps a zero-load weekday choosable when every day in the range is one.
    private const double MinimumLoad = 1e-4;

    /// <summary>
    /// The interval in whole days for an FSRS <paramref name="interval"/>, within [<paramref name="minimum"/>,
    /// <paramref name="maximum"/>]: load-balanced when <paramref name="settings"/> enable it and fuzz is on
    /// (<paramref name="fuzzFactor"/> given); otherwise exactly <see cref="ReviewFuzz.Apply"/>.
    /// </summary>
    /// <param name="interval">The unrounded interval from FSRS.</param>
    /// <param name="minimum">The least interval allowed (e.g. one more than Hard's for Good).</param>
    /// <param name="maximum">The longest interval allowed.</param>
    /// <param name="today">The learner-day of the answer.</param>
    /// <param name="due">Reviews already due on each day ahead.</param>
    /// <param name="settings">Whether to balance, and the weekday loads.</param>
    /// <param name="fuzzFactor">The card's fuzz factor in [0, 1), or null when fuzz is off.</param>
    public static int Interval(double interval, int minimum, int maximum, DateOnly today, DueCounts due, LoadBalancing settings, double? fuzzFactor)
    {
        ArgumentNullException.ThrowIfNull(due);
        ArgumentNullException.ThrowIfNull(settings);
        if (!settings.Enabled || fuzzFactor is not { } factor)
        {
            return ReviewFuzz.Apply(fuzzFactor, interval, minimum, maximum);
        }

        minimum = Math.Min(Math.Max(minimum, 1), maximum);
        var (lower, upper) = ReviewFuzz.Bounds(interval, minimum, maximum);
        if (lower == upper)
        {
            return lower;
        }

        Span<double> weights = stackalloc double[upper - lower + 1];
        var total = 0.0;
        for (var days = lower; days <= upper; days++)
        {
            var day = today.AddDays(days);
            var count = due[day] + 1.0;
            var weight = 1 / (count * count) / days * Math.Max(settings.LoadOn(day), MinimumLoad);
            weights[days - lower] = weight;
            total += weight;
        }

        var target = factor * total;
        for (var i = 0; i < weights.Length - 1; i++)
        {
            target -= weights[i];
            if (target < 0)
            {
                return lower + i;
            }
        }

        return upper;
    }
}
