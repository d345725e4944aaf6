using System.Buffers;
using System.Numerics;

namespace Sobes.Core.Library.Duplicates;

/// <summary>
/// Computes <see cref="MinHashSignature"/>s with N permutations drawn from one hash and xor seeds:
/// permutation i maps a shingle hash x to fmix32(fold(x) ⊕ seedᵢ), MurmurHash3's 32-bit finaliser, a
/// bijection on 32-bit values. Seeds come from SplitMix64 of a fixed seed, so signatures are deterministic
/// across runs and machines. The permutations are evaluated <see cref="Vector{T}.Count"/> at a time.
/// </summary>
public sealed class MinHasher
{
    /// <summary>The default number of permutations: a standard error of at most 0.044 on the Jaccard estimate.</summary>
    public const int DefaultPermutations = 128;

    /// <summary>The default seed; any fixed value gives deterministic signatures.</summary>
    public const ulong DefaultSeed = 0x5EB0_5D0B_1E5E_ED01UL;

    private readonly uint[] seeds;

    /// <summary>Creates a hasher with <paramref name="permutations"/> seeded permutations.</summary>
    public MinHasher(int permutations = DefaultPermutations, ulong seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(permutations, 1);
        seeds = new uint[permutations];
        ulong state = seed;
        for (int i = 0; i < permutations; i++)
        {
            seeds[i] = (uint)Hash64.SplitMix(ref state);
        }
    }

    /// <summary>A shared hasher with the default permutations and seed.</summary>
    public static MinHasher Default { get; } = new();

    /// <summary>Number of permutations, the length of every signature this hasher computes.</summary>
    public int Permutations => seeds.Length;

    /// <summary>The signature of a set of shingle hashes (duplicates in the input do not change it). An empty set gives all <see cref="uint.MaxValue"/>.</summary>
    public MinHashSignature Compute(ReadOnlySpan<ulong> shingleHashes)
    {
        uint[] folded = ArrayPool<uint>.Shared.Rent(Math.Max(1, shingleHashes.Length));
        try
        {
            for (int s = 0; s < shingleHashes.Length; s++)
            {
                folded[s] = (uint)(shingleHashes[s] ^ (shingleHashes[s] >> 32));
            }

            return new MinHashSignature(Minima(folded.AsSpan(0, shingleHashes.Length)));
        }
        finally
        {
            ArrayPool<uint>.Shared.Return(folded);
        }
    }

    // One block of permutations at a time over all shingles, so the running minima stay in a register.
    private uint[] Minima(ReadOnlySpan<uint> folded)
    {
        uint[] minima = new uint[seeds.Length];
        int vectorized = Vector.IsHardwareAccelerated ? seeds.Length - seeds.Length % Vector<uint>.Count : 0;
        for (int i = 0; i < vectorized; i += Vector<uint>.Count)
        {
            var seed = new Vector<uint>(seeds, i);
            var current = new Vector<uint>(uint.MaxValue);
            foreach (uint x in folded)
            {
                current = Vector.Min(current, Fmix32(new Vector<uint>(x) ^ seed));
            }

            current.CopyTo(minima, i);
        }

        for (int i = vectorized; i < seeds.Length; i++)
        {
            uint current = uint.MaxValue;
            foreach (uint x in folded)
            {
                current = Math.Min(current, Fmix32(x ^ seeds[i]));
            }

            minima[i] = current;
        }

        return minima;
    }

    private static Vector<uint> Fmix32(Vector<uint> h)
    {
        h ^= Vector.ShiftRightLogical(h, 16);
        h *= new Vector<uint>(0x85EBCA6Bu);
        h ^= Vector.ShiftRightLogical(h, 13);
        h *= new Vector<uint>(0xC2B2AE35u);
        return h ^ Vector.ShiftRightLogical(h, 16);
    }

    private static uint Fmix32(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6Bu;
        h ^= h >> 13;
        h *= 0xC2B2AE35u;
        return h ^ (h >> 16);
    }
}
