namespace Sobes.Core.Srs;

/// <summary>
/// Anki's review fuzz (rslib/src/scheduler/states/fuzz.rs): an interval of 2.5 days or more may move by
/// 1 day plus 15% of its days within 2.5–7, 10% within 7–20 and 5% beyond 20, kept within [minimum, maximum].
/// </summary>
internal static class ReviewFuzz
{
    private static readonly (double Start, double End, double Factor)[] Ranges =
        [(2.5, 7.0, 0.15), (7.0, 20.0, 0.10), (20.0, double.MaxValue, 0.05)];

    /// <summary>A factor in [0, 1) fixed by card id and repetition count (Anki seeds its generator with their sum).</summary>
    public static double Factor(long cardId, int reps)
    {
        // SplitMix64 finaliser: a fixed, platform-independent mix of the seed.
        var z = unchecked((ulong)cardId + (ulong)reps + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return (z >> 11) * (1.0 / (1UL << 53));
    }

    /// <summary>The whole-day interval: fuzzed when <paramref name="factor"/> is given, else rounded; within [minimum, maximum].</summary>
    public static int Apply(double? factor, double interval, int minimum, int maximum)
    {
        minimum = Math.Min(Math.Max(minimum, 1), maximum);
        if (factor is not { } f)
        {
            return (int)Math.Clamp(Math.Round(interval, MidpointRounding.AwayFromZero), minimum, maximum);
        }

        var (lower, upper) = Bounds(interval, minimum, maximum);
        return (int)Math.Floor(lower + (f * (1 + upper - lower)));
    }

    /// <summary>The range fuzz may pick from, never wider than [minimum, maximum] and at least two days wide where allowed.</summary>
    public static (int Lower, int Upper) Bounds(double interval, int minimum, int maximum)
    {
        minimum = Math.Min(minimum, maximum);
        interval = Math.Clamp(interval, minimum, maximum);
        var delta = Delta(interval);
        var lower = Math.Clamp((int)Math.Round(interval - delta, MidpointRounding.AwayFromZero), minimum, maximum);
        var upper = Math.Clamp((int)Math.Round(interval + delta, MidpointRounding.AwayFromZero), minimum, maximum);
        if (upper == lower && upper > 2 && upper < maximum)
        {
            upper = lower + 1;
        }

        return (lower, upper);
    }

    private static double Delta(double interval)
    {
        if (interval < 2.5)
        {
            return 0;
        }

        var delta = 1.0;
        foreach (var (start, end, factor) in Ranges)
        {
            delta += factor * Math.Max(Math.Min(interval, end) - start, 0);
        }

        return delta;
    }
}
