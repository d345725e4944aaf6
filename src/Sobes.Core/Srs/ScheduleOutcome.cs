namespace Sobes.Core.Srs;

/// <summary>What answering a card with one rating would do: its next schedule and the review-log fields.</summary>
/// <param name="Rating">The answer.</param>
/// <param name="Next">The card's schedule after the answer (Due included).</param>
/// <param name="Log">The fields of the review-log row to append.</param>
public sealed record ScheduleOutcome(Rating Rating, CardSchedule Next, ReviewLogEntry Log);

/// <summary>The four possible outcomes of answering a card now.</summary>
public sealed record ScheduleOutcomes(ScheduleOutcome Again, ScheduleOutcome Hard, ScheduleOutcome Good, ScheduleOutcome Easy)
{
    /// <summary>The outcome for <paramref name="rating"/>.</summary>
    public ScheduleOutcome this[Rating rating] => rating.Value switch
    {
        1 => Again,
        2 => Hard,
        3 => Good,
        _ => Easy,
    };
}

/// <summary>The review-log fields of one answer (Anki's revlog, plus FSRS memory).</summary>
public sealed record ReviewLogEntry
{
    /// <summary>The answer.</summary>
    public required Rating Rating { get; init; }

    /// <summary>When the answer was given.</summary>
    public required DateTimeOffset ReviewedAt { get; init; }

    /// <summary>The card's state before the answer.</summary>
    public required CardState StateBefore { get; init; }

    /// <summary>The card's state after the answer.</summary>
    public required CardState StateAfter { get; init; }

    /// <summary>Whole learner-days since the previous answer (0 for the first or a same-day answer).</summary>
    public required int ElapsedDays { get; init; }

    /// <summary>The new interval in days; 0 when the card stays in (re)learning steps.</summary>
    public required int ScheduledDays { get; init; }

    /// <summary>When the card is next due.</summary>
    public required DateTimeOffset Due { get; init; }

    /// <summary>Stability after the answer, in days.</summary>
    public required double Stability { get; init; }

    /// <summary>Difficulty after the answer, 1–10.</summary>
    public required double Difficulty { get; init; }

    /// <summary>Predicted probability of recall at the moment of answering; null for a new card.</summary>
    public double? Retrievability { get; init; }
}
