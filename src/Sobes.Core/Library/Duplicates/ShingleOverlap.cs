namespace Sobes.Core.Library.Duplicates;

/// <summary>Overlap of two shingle sets, counted exactly by merging the sorted hashes.</summary>
/// <param name="Common">Shingles in both sets.</param>
/// <param name="SizeA">Shingles in the first set.</param>
/// <param name="SizeB">Shingles in the second set.</param>
public readonly record struct ShingleOverlap(int Common, int SizeA, int SizeB)
{
    /// <summary>Shingles in both sets: no more than either set holds.</summary>
    public int Common { get; } = Common >= 0 && Common <= Math.Min(SizeA, SizeB)
        ? Common
        : throw new ArgumentOutOfRangeException(nameof(Common), Common, $"Must be between 0 and min({SizeA}, {SizeB}).");

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
