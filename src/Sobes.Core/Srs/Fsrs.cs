namespace Sobes.Core.Srs;

/// <summary>
/// FSRS-6, the memory model and scheduler inside Anki, as pure functions. The formulas follow
/// fsrs-rs (src/model.rs and its FSRS-6 successor) and py-fsrs; fsrs-rs computes in 32-bit
/// floats, this in doubles.
/// </summary>
public static partial class Fsrs
{
    /// <summary>
    /// The four possible next states of a card (fsrs-rs <c>FSRS::next_states</c>).
    /// </summary>
    /// <param name="parameters">The FSRS-6 parameters.</param>
    /// <param name="current">The memory state now, or null for a card never reviewed.</param>
    /// <param name="elapsedDays">Whole learner-days since the previous review; 0 for a same-day review.</param>
    /// <param name="desiredRetention">The retention the intervals aim for.</param>
    public static NextStates NextStates(FsrsParameters parameters, MemoryState? current, int elapsedDays, Retention desiredRetention)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(elapsedDays);
        return AllRatings(new Weights(parameters), current, elapsedDays, desiredRetention.Value);
    }

    /// <summary>The memory state after one answer (fsrs-rs <c>Model::step</c>).</summary>
    public static MemoryState Step(FsrsParameters parameters, MemoryState? current, int elapsedDays, Rating rating)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(elapsedDays);
        var (s, d) = Step(new Weights(parameters), current, elapsedDays, rating.Value);
        return new MemoryState(new Stability(s), new Difficulty(d));
    }

    /// <summary>
    /// The probability of recall after <paramref name="elapsedDays"/> (the forgetting curve,
    /// R(t, S) = (1 + F·t/S)^(−w20) with F = 0.9^(−1/w20) − 1, so that R(S, S) = 0.9).
    /// </summary>
    public static double Retrievability(FsrsParameters parameters, Stability stability, double elapsedDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(elapsedDays);
        return ForgettingCurve(parameters.Decay, elapsedDays, stability.Days);
    }

    /// <summary>
    /// Days until retrievability falls to <paramref name="desiredRetention"/>: the forgetting curve
    /// solved for t, unrounded and before fuzz (fsrs-rs <c>next_interval</c>).
    /// </summary>
    public static double NextInterval(FsrsParameters parameters, Stability stability, Retention desiredRetention) =>
        Interval(parameters.Decay, stability.Days, desiredRetention.Value);
}
