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
public readonly record struct DuplicateMatch(long ExistingId, DuplicateKind Kind, double Jaccard, double Containment);

/// <summary>Overlap of two shingle sets, counted exactly by merging the sorted hashes.</summary>
/// <param name="Common">Shingles in both sets.</param>
/// <param name="SizeA">Shingles in the first set.</param>
/// <param name="SizeB">Shingles in the second set.</param>
public readonly record struct ShingleOverlap(int Common, int SizeA, int SizeB)
{
    /// <summary>|A ∩ B| / |A ∪ B|; 0 when both sets are empty.</summary>
    public double Jaccard => SizeA + SizeB - Common == 0 ? 0 : (double)Common / (SizeA + SizeB - Common);

    /// <summary>|A ∩ B| / min(|A|, |B|); 0 when either set is empty.</summary>
    public double Containment => Math.Min(SizeA, SizeB) == 0 ? 0 : (double)Common / Math.Min(SizeA, SizeB);

    /// <summary>Size of the smaller set.</summary>
    public int SmallerSize => Math.Min(SizeA, SizeB);

    /// <summary>Counts the overlap of two fingerprints' shingle sets.</summary>
    public static ShingleOverlap Of(TextFingerprint a, TextFingerprint b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Of(a.Shingles, b.Shingles);
    }

    internal static ShingleOverlap Of(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b) =>
        new(SortedSets.IntersectionCount(a, b), a.Length, b.Length);
}
