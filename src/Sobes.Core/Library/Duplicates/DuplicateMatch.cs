namespace Sobes.Core.Library.Duplicates;

/// <summary>Why a text was found to duplicate an earlier one.</summary>
public enum DuplicateKind
{
    /// <summary>The normalised texts are identical.</summary>
    Exact = 1,

    /// <summary>The shingle sets' Jaccard similarity reaches the threshold.</summary>
    NearDuplicate,

    /// <summary>The smaller text's shingles are (almost) all in the larger one: a truncated or shortened copy.</summary>
    Contained,
}

/// <summary>The earlier text a new one duplicates, with both measures so callers can apply their own policy.</summary>
/// <param name="ExistingId">Id the earlier text was added under.</param>
/// <param name="Kind">Which test the pair passed (Exact before NearDuplicate before Contained).</param>
/// <param name="Jaccard">Exact Jaccard similarity of the two shingle sets.</param>
/// <param name="Containment">|A ∩ B| / min(|A|, |B|): the share of the smaller set inside the larger.</param>
public readonly record struct DuplicateMatch(long ExistingId, DuplicateKind Kind, double Jaccard, double Containment)
{
    /// <summary>Exact Jaccard similarity of the two shingle sets, in [0, 1].</summary>
    public double Jaccard { get; } = Jaccard is >= 0 and <= 1 ? Jaccard : throw new ArgumentOutOfRangeException(nameof(Jaccard), Jaccard, "Must be in [0, 1].");

    /// <summary>Share of the smaller shingle set inside the larger, in [0, 1].</summary>
    public double Containment { get; } = Containment is >= 0 and <= 1 ? Containment : throw new ArgumentOutOfRangeException(nameof(Containment), Containment, "Must be in [0, 1].");
}
