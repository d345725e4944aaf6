namespace Sobes.Core.Srs.Simulation;

/// <summary>One simulated day.</summary>
/// <param name="Day">0 for the first day.</param>
/// <param name="Reviews">Cards reviewed (not counting new cards).</param>
/// <param name="NewCards">Cards learned for the first time.</param>
/// <param name="Seconds">Time spent answering, same-day steps included.</param>
/// <param name="Remembered">The expected number of cards the learner would recall at the end of the day (the sum of their retrievabilities).</param>
public readonly record struct SimulatedDay(int Day, int Reviews, int NewCards, double Seconds, double Remembered);

/// <summary>What a simulation gives: the days, and the totals a learner decides by.</summary>
public sealed class SimulationResult
{
    internal SimulationResult(double retention, IReadOnlyList<SimulatedDay> days)
    {
        Retention = retention;
        Days = days;
        TotalSeconds = days.Sum(d => d.Seconds);
        TotalReviews = days.Sum(d => d.Reviews);
        TotalNewCards = days.Sum(d => d.NewCards);
        Remembered = days.Count == 0 ? 0 : days[^1].Remembered;
    }

    /// <summary>The desired retention simulated.</summary>
    public double Retention { get; }

    /// <summary>Each day's workload and knowledge.</summary>
    public IReadOnlyList<SimulatedDay> Days { get; }

    /// <summary>Seconds spent over all days.</summary>
    public double TotalSeconds { get; }

    /// <summary>Reviews over all days.</summary>
    public int TotalReviews { get; }

    /// <summary>New cards learned over all days.</summary>
    public int TotalNewCards { get; }

    /// <summary>Cards remembered at the end (expected).</summary>
    public double Remembered { get; }

    /// <summary>Average minutes a day.</summary>
    public double MinutesPerDay => TotalSeconds / 60 / Math.Max(Days.Count, 1);

    /// <summary>Seconds of study per card remembered at the end: what the optimal retention minimises (fsrs-rs's CMRR target).</summary>
    public double SecondsPerRememberedCard => Remembered > 0 ? TotalSeconds / Remembered : double.PositiveInfinity;
}
