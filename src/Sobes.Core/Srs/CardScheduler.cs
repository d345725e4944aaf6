namespace Sobes.Core.Srs;

/// <summary>
/// Schedules one card: from its schedule state and the moment of answering, the four possible outcomes.
/// Pure: it reads no clock and no random generator (fuzz is seeded from card id and repetition count).
/// Transitions follow Anki's v3 scheduler with FSRS (rslib/src/scheduler/states).
/// </summary>
public static partial class CardScheduler
{
    /// <summary>The outcomes of answering <paramref name="card"/> at <paramref name="now"/> with each rating.</summary>
    public static ScheduleOutcomes Preview(long cardId, CardSchedule card, DateTimeOffset now, SchedulingSettings settings) =>
        AllOutcomes(Context.Create(cardId, card, now, settings));

    /// <summary>
    /// The outcomes with review intervals load-balanced against <paramref name="due"/>, the reviews already due on each
    /// day (other cards'), and lightened on the easy days of <see cref="SchedulingSettings.LoadBalancing"/>.
    /// </summary>
    public static ScheduleOutcomes Preview(long cardId, CardSchedule card, DateTimeOffset now, SchedulingSettings settings, DueCounts due)
    {
        ArgumentNullException.ThrowIfNull(due);
        return AllOutcomes(Context.Create(cardId, card, now, settings, due));
    }

    /// <summary>The outcome of answering with load balancing: the same as <see cref="Preview(long, CardSchedule, DateTimeOffset, SchedulingSettings, DueCounts)"/> shows for <paramref name="rating"/>.</summary>
    public static ScheduleOutcome Answer(long cardId, CardSchedule card, Rating rating, DateTimeOffset now, SchedulingSettings settings, DueCounts due)
    {
        ArgumentNullException.ThrowIfNull(due);
        return Context.Create(cardId, card, now, settings, due).Outcome(rating);
    }

    /// <summary>The outcome of answering <paramref name="card"/> at <paramref name="now"/> with <paramref name="rating"/>.</summary>
    public static ScheduleOutcome Answer(long cardId, CardSchedule card, Rating rating, DateTimeOffset now, SchedulingSettings settings) =>
        Context.Create(cardId, card, now, settings).Outcome(rating);

    /// <summary>
    /// The card's probability of recall at <paramref name="now"/> on the default parameters' forgetting curve,
    /// over fractional days since the last answer; null for a card without memory state. Order due cards by it, lowest first.
    /// </summary>
    public static double? Retrievability(CardSchedule card, DateTimeOffset now) =>
        Retrievability(card, now, FsrsParameters.Default);

    /// <summary>The card's probability of recall at <paramref name="now"/> on <paramref name="parameters"/>' forgetting curve.</summary>
    public static double? Retrievability(CardSchedule card, DateTimeOffset now, FsrsParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (card.Memory is not { } memory || card.LastReview is not { } last)
        {
            return null;
        }

        var days = Math.Max(0, (now - last).TotalDays);
        return Fsrs.Retrievability(parameters, memory.Stability, days);
    }

    private static ScheduleOutcomes AllOutcomes(Context context) => new(
        context.Outcome(Rating.Again),
        context.Outcome(Rating.Hard),
        context.Outcome(Rating.Good),
        context.Outcome(Rating.Easy));
}
