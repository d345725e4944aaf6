using System.Runtime.Intrinsics;

namespace Sobes.Core.Library.Duplicates;

/// <summary>
/// How many of a text's shingles fall in each of 128 buckets (by their top bits). Every shingle two texts share falls in
/// the same bucket of both, so the sum over buckets of the smaller count bounds their common shingles from above:
/// verification rejects most candidates on these 128 bytes without reading their shingles.
/// </summary>
internal static class ShingleSketch
{
    public const int Buckets = 128;

    private const int BucketShift = 57;

    /// <summary>The counts of <paramref name="shingles"/> (distinct values), or null when a bucket would pass 255 (no bound then).</summary>
    public static byte[]? Create(ReadOnlySpan<ulong> shingles)
    {
        var counts = new byte[Buckets];
        foreach (ulong shingle in shingles)
        {
            ref byte count = ref counts[(int)(shingle >> BucketShift)];
            if (count == byte.MaxValue)
            {
                return null;
            }

            count++;
        }

        return counts;
    }

    /// <summary>An upper bound on the shingles two texts with these sketches share.</summary>
    public static int SharedAtMost(byte[] a, byte[] b)
    {
        // Four 32-byte blocks: each ushort lane sums at most 4 × 2 × 255, far from overflowing.
        Vector256<ushort> sums = Vector256<ushort>.Zero;
        for (int i = 0; i < Buckets; i += Vector256<byte>.Count)
        {
            Vector256<byte> smaller = Vector256.Min(Vector256.Create(a.AsSpan(i)), Vector256.Create(b.AsSpan(i)));
            (Vector256<ushort> lower, Vector256<ushort> upper) = Vector256.Widen(smaller);
            sums += lower + upper;
        }

        return Vector256.Sum(sums);
    }
}
