using System.Collections.Immutable;

namespace Sobes.Core.Srs.Simulation;

/// <summary>
/// What the simulator assumes about a learner and their routine. The behaviour model (first-rating and review-rating
/// shares, same-day step transitions, seconds per answer) is fsrs-rs's <c>SimulatorConfig</c> default, drawn from
/// Anki users' logs.
/// </summary>
public sealed record SimulationSettings
{
    /// <summary>The defaults: the default FSRS-6 parameters, 90% retention, 20 new cards a day, no review limit, one year.</summary>
    public static SimulationSettings Default { get; } = new();

    /// <summary>The learner's FSRS-6 parameters.</summary>
    public FsrsParameters Parameters { get; init; } = FsrsParameters.Default;

    /// <summary>The retention the intervals aim for.</summary>
    public Retention DesiredRetention { get; init; } = Retention.Default;

    /// <summary>New cards introduced a day (while any are left).</summary>
    public int NewCardsPerDay { get; init; } = 20;

    /// <summary>Reviews allowed a day; the rest wait for the next day. New cards do not count against it.</summary>
    public int ReviewLimit { get; init; } = int.MaxValue;

    /// <summary>How many days to simulate.</summary>
    public int Days { get; init; } = 365;

    /// <summary>Cards available to learn; null means as many as the new-card rate introduces over the days.</summary>
    public int? DeckSize { get; init; }

    /// <summary>The longest interval, in days.</summary>
    public int MaxInterval { get; init; } = 36500;

    /// <summary>Seeds the simulated answers; the same seed gives the same simulation.</summary>
    public ulong Seed { get; init; } = 42;

    /// <summary>Shares of Again, Hard, Good, Easy at a card's first answer.</summary>
    public ImmutableArray<double> FirstRatingShares { get; init; } = [0.24, 0.094, 0.495, 0.171];

    /// <summary>Shares of Hard, Good, Easy among recalls in review.</summary>
    public ImmutableArray<double> RecallRatingShares { get; init; } = [0.224, 0.631, 0.145];

    /// <summary>Seconds per answer (Again, Hard, Good, Easy) while learning a new card.</summary>
    public ImmutableArray<double> LearningSeconds { get; init; } = [19.58, 18.79, 13.78, 10.71];

    /// <summary>Seconds per answer (Again, Hard, Good, Easy) in review.</summary>
    public ImmutableArray<double> ReviewSeconds { get; init; } = [19.38, 17.59, 12.38, 8.94];

    /// <summary>Seconds per answer (Again, Hard, Good, Easy) while relearning after a lapse.</summary>
    public ImmutableArray<double> RelearningSeconds { get; init; } = [16.44, 15.25, 12.32, 8.03];

    /// <summary>Same-day learning steps: for a previous answer Again, Hard, Good (rows), the shares of the next answer.</summary>
    public ImmutableArray<ImmutableArray<double>> LearningStepTransitions { get; init; } =
        [[0.3686, 0.0628, 0.5108, 0.0577], [0.0442, 0.4553, 0.4457, 0.0549], [0.0519, 0.047, 0.8462, 0.055]];

    /// <summary>Same-day relearning steps after a lapse, as <see cref="LearningStepTransitions"/>.</summary>
    public ImmutableArray<ImmutableArray<double>> RelearningStepTransitions { get; init; } =
        [[0.2157, 0.0643, 0.6595, 0.0604], [0.05, 0.4638, 0.4475, 0.0387], [0.1057, 0.1434, 0.7266, 0.0244]];

    /// <summary>Learning steps a new card must pass (Good or Easy) before it graduates.</summary>
    public int LearningSteps { get; init; } = 2;

    /// <summary>Relearning steps a lapsed card must pass before it returns to review.</summary>
    public int RelearningSteps { get; init; } = 1;

    internal int EffectiveDeckSize => DeckSize ?? (int)Math.Min((long)NewCardsPerDay * Days, int.MaxValue);

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(NewCardsPerDay);
        ArgumentOutOfRangeException.ThrowIfNegative(ReviewLimit);
        ArgumentOutOfRangeException.ThrowIfLessThan(Days, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxInterval, 1);
        if (DeckSize is { } size)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(size);
        }
    }
}
