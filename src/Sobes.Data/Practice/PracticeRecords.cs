using Sobes.Core.Cards;
using Sobes.Core.Srs;
using Sobes.Data.Storage;

namespace Sobes.Data.Practice;

/// <summary>Someone who practises; a local default learner is created on first use.</summary>
public sealed class LearnerRecord
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public double DesiredRetention { get; set; } = 0.9;

    public int DailyNewLimit { get; set; } = 20;

    /// <summary>Due reviews a day (cards out of their learning steps); the rest wait for the next day.</summary>
    public int DailyReviewLimit { get; set; } = 200;

    /// <summary>IANA or Windows time zone id.</summary>
    public string TimeZoneId { get; set; } = "UTC";

    /// <summary>Local time the learner's next day starts at.</summary>
    public TimeSpan DayStart { get; set; } = TimeSpan.FromHours(4);

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The learner's own 21 FSRS-6 parameters, comma-separated (invariant culture); null while they use the defaults.</summary>
    public string? FsrsParameters { get; set; }

    /// <summary>When the parameters were last fitted (kept or not); null when never.</summary>
    public DateTimeOffset? ParametersFittedAt { get; set; }

    /// <summary>Reviews in the learner's log at the last fit: the base of the "optimize again" offer.</summary>
    public int ReviewsAtFit { get; set; }

    /// <summary>Whether due dates are spread within the fuzz range to flatten the daily load.</summary>
    public bool LoadBalancing { get; set; } = true;

    /// <summary>Lighter weekdays ("easy days"), one bit per <see cref="DayOfWeek"/> (Sunday = bit 0).</summary>
    public int EasyDays { get; set; }
}

/// <summary>A card of one learner, keyed by item and generator key, with its schedule.</summary>
public sealed class CardRecord
{
    public long Id { get; set; }

    public long ItemId { get; set; }

    public ItemRecord? Item { get; set; }

    public long LearnerId { get; set; }

    /// <summary>Stored by name (<see cref="CardTypes.Name"/>).</summary>
    public required CardType Type { get; set; }

    public required string GeneratorKey { get; set; }

    public required string PayloadJson { get; set; }

    public int ItemRevision { get; set; }

    public string Topic { get; set; } = "";

    /// <summary>
    /// Out of practice by the generator's doing: no longer generated, flagged as badly generated, or the loser of a
    /// merge. <see cref="CardSync"/> sets and clears it; a learner's own suspension is <see cref="SuspendedAt"/>.
    /// </summary>
    public bool Suspended { get; set; }

    /// <summary>When the learner suspended the card; null while they have not. Sync and regeneration never change it.</summary>
    public DateTimeOffset? SuspendedAt { get; set; }

    public bool Flagged { get; set; }

    public int State { get; set; }

    public int Step { get; set; }

    public DateTimeOffset Due { get; set; }

    public double? Stability { get; set; }

    public double? Difficulty { get; set; }

    public int Reps { get; set; }

    public int Lapses { get; set; }

    public DateTimeOffset? LastReview { get; set; }

    public int ScheduledDays { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>
/// One answer, appended and never changed except for <see cref="Undone"/>. An undo appends an entry of kind
/// "undo" naming the entry it reverses and sets that entry's flag; the card's schedule before the answer is kept
/// in <see cref="ScheduleBeforeJson"/> so undo can restore it.
/// </summary>
public sealed class ReviewLogRecord
{
    public long Id { get; set; }

    public long CardId { get; set; }

    public long LearnerId { get; set; }

    /// <summary>Stored by name: "review" or "undo".</summary>
    public ReviewKind Kind { get; set; } = ReviewKind.Review;

    public long? UndoesId { get; set; }

    public int Rating { get; set; }

    public DateTimeOffset ReviewedAt { get; set; }

    public int DurationMs { get; set; }

    public int StateBefore { get; set; }

    public int StateAfter { get; set; }

    public int ElapsedDays { get; set; }

    public int ScheduledDays { get; set; }

    public double Stability { get; set; }

    public double Difficulty { get; set; }

    public double? Retrievability { get; set; }

    public string? AnswerText { get; set; }

    public bool? Correct { get; set; }

    public bool Undone { get; set; }

    public required string ScheduleBeforeJson { get; set; }
}

/// <summary>A generated card the learner flagged as bad: the generator skips it for that item.</summary>
public sealed class CardFlagRecord
{
    public long Id { get; set; }

    public required string GeneratorKey { get; set; }

    public long ItemId { get; set; }

    public string? Reason { get; set; }

    public DateTimeOffset FlaggedAt { get; set; }
}

/// <summary>
/// One checked answer to a generated problem practised freely (<c>/problems/{kind}</c>, its API), outside any card:
/// the instance is its kind and seed, so the same problem solved twice counts as one problem solved twice.
/// </summary>
public sealed class ProblemAttemptRecord
{
    public long Id { get; set; }

    public long LearnerId { get; set; }

    public required string Kind { get; set; }

    public int Seed { get; set; }

    /// <summary>Every part answered right.</summary>
    public bool Solved { get; set; }

    public DateTimeOffset AnsweredAt { get; set; }
}
