namespace Sobes.Core.Library.Duplicates;

/// <summary>Small non-cryptographic 64-bit hashing used for shingles and band keys.</summary>
internal static class Hash64
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>FNV-1a over UTF-16 code units (one round per char), finished with <see cref="Mix"/> for avalanche.</summary>
    public static ulong OfChars(ReadOnlySpan<char> chars)
    {
        ulong hash = FnvOffset;
        foreach (char c in chars)
        {
            hash ^= c;
            hash *= FnvPrime;
        }

        return Mix(hash);
    }

    /// <summary>The 64-bit finaliser of MurmurHash3 (fmix64, Austin Appleby): a bijection with full avalanche.</summary>
    public static ulong Mix(ulong value)
    {
        value ^= value >> 33;
        value *= 0xFF51AFD7ED558CCDUL;
        value ^= value >> 33;
        value *= 0xC4CEB9FE1A85EC53UL;
        value ^= value >> 33;
        return value;
    }

    /// <summary>Order-dependent combination: Combine(Combine(s, a), b) differs from Combine(Combine(s, b), a).</summary>
    public static ulong Combine(ulong state, ulong value) => Mix(state ^ value) + 0x9E3779B97F4A7C15UL;

    /// <summary>SplitMix64 (Steele, Lea, Flood 2014): a deterministic stream of well-mixed seeds.</summary>
    public static ulong SplitMix(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        ulong z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
