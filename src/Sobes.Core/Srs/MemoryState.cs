namespace Sobes.Core.Srs;

/// <summary>The FSRS memory state of a card: its stability and difficulty.</summary>
/// <param name="Stability">Days for retrievability to fall to 90%.</param>
/// <param name="Difficulty">Difficulty within 1–10.</param>
public readonly record struct MemoryState(Stability Stability, Difficulty Difficulty)
{
    /// <summary>Creates a state from raw numbers, validating both.</summary>
    public static MemoryState Of(double stabilityDays, double difficulty) =>
        new(new Stability(stabilityDays), new Difficulty(difficulty));
}

/// <summary>One possible next state: the memory after the answer and the interval for the desired retention.</summary>
/// <param name="Memory">Memory state right after the answer.</param>
/// <param name="Interval">Days until retrievability falls to the desired retention, unrounded and before fuzz.</param>
public readonly record struct NextState(MemoryState Memory, double Interval);

/// <summary>The four possible next states, one per rating (fsrs-rs <c>NextStates</c>).</summary>
public readonly record struct NextStates(NextState Again, NextState Hard, NextState Good, NextState Easy)
{
    /// <summary>The next state for <paramref name="rating"/>.</summary>
    public NextState this[Rating rating] => rating.Value switch
    {
        1 => Again,
        2 => Hard,
        3 => Good,
        _ => Easy,
    };
}
