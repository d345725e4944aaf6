namespace Sobes.Core.Library.Duplicates;

/// <summary>
/// A MinHash signature (Broder, "On the resemblance and containment of documents", 1997): for each of N
/// hash permutations, the smallest hash of any shingle in the set. The share of positions where two
/// signatures agree estimates the Jaccard similarity of the two sets, with standard error √(J(1−J)/N).
/// </summary>
public sealed class MinHashSignature
{
    private readonly uint[] values;

    internal MinHashSignature(uint[] values) => this.values = values;

    /// <summary>Number of permutations (signature positions).</summary>
    public int Length => values.Length;

    /// <summary>The minimum hash per permutation.</summary>
    public ReadOnlySpan<uint> Values => values;

    /// <summary>Share of positions where <paramref name="a"/> and <paramref name="b"/> agree: the estimated Jaccard similarity.</summary>
    /// <exception cref="ArgumentException">The signatures have different lengths.</exception>
    public static double EstimatedJaccard(MinHashSignature a, MinHashSignature b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.values.Length != b.values.Length)
        {
            throw new ArgumentException($"Signatures of {a.values.Length} and {b.values.Length} permutations cannot be compared.", nameof(b));
        }

        int agree = 0;
        for (int i = 0; i < a.values.Length; i++)
        {
            agree += a.values[i] == b.values[i] ? 1 : 0;
        }

        return a.values.Length == 0 ? 0 : (double)agree / a.values.Length;
    }
}
