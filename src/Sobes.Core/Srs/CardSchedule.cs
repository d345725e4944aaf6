namespace Sobes.Core.Srs;

/// <summary>The schedule state of one card: what the scheduler reads and what it returns.</summary>
public sealed record CardSchedule
{
    /// <summary>Where the card is in its life.</summary>
    public CardState State { get; init; }

    /// <summary>Index of the current learning or relearning step; 0 otherwise.</summary>
    public int Step { get; init; }

    /// <summary>When the card is next due.</summary>
    public DateTimeOffset Due { get; init; }

    /// <summary>The FSRS memory state; null until the first answer.</summary>
    public MemoryState? Memory { get; init; }

    /// <summary>The interval in whole days of the last review scheduling; 0 while (re)learning steps are short.</summary>
    public int ScheduledDays { get; init; }

    /// <summary>How many times the card has been answered.</summary>
    public int Reps { get; init; }

    /// <summary>How many times the card has been forgotten in review.</summary>
    public int Lapses { get; init; }

    /// <summary>When the card was last answered; null for a new card.</summary>
    public DateTimeOffset? LastReview { get; init; }

    /// <summary>A card never answered, due at <paramref name="due"/>.</summary>
    public static CardSchedule New(DateTimeOffset due) => new() { State = CardState.New, Due = due };
}
