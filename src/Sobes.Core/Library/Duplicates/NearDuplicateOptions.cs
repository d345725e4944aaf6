namespace Sobes.Core.Library.Duplicates;

/// <summary>When <see cref="NearDuplicateFinder"/> calls two texts duplicates. Values are validated on init.</summary>
public sealed record NearDuplicateOptions
{
    /// <summary>The defaults: Jaccard 0.6, containment 0.8 of at least 8 shingles, 32 bands × 4 rows.</summary>
    public static NearDuplicateOptions Default { get; } = new();

    /// <summary>Exact Jaccard similarity of the shingle sets at or above which two texts are near duplicates.</summary>
    public double JaccardThreshold
    {
        get;
        init => field = Fraction(value);
    } = 0.6;

    /// <summary>Share of the smaller text's shingles found in the larger at or above which the smaller is a shortened copy.</summary>
    public double ContainmentThreshold
    {
        get;
        init => field = Fraction(value);
    } = 0.8;

    /// <summary>Fewest shingles the smaller text needs for containment to count, so one-liners are not swallowed by long posts.</summary>
    public int MinContainedShingles
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Must be at least 1.");
    } = 8;

    /// <summary>LSH bands; <see cref="Bands"/> × <see cref="Rows"/> MinHash permutations are computed.</summary>
    public int Bands
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Must be at least 1.");
    } = 32;

    /// <summary>Signature positions per LSH band.</summary>
    public int Rows
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Must be at least 1.");
    } = 4;

    /// <summary>Seed of the MinHash permutations; results are deterministic for a given seed and input order.</summary>
    public ulong Seed { get; init; } = MinHasher.DefaultSeed;

    private static double Fraction(double value) =>
        value is > 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Must be in (0, 1].");
}
