using System.Buffers;

namespace Sobes.Core.Library.Duplicates;

/// <summary>Turns a composed text into a <see cref="TextFingerprint"/> without allocating a string per word.</summary>
internal static class Shingler
{
    private const ulong ExactSeed = 0x243F6A8885A308D3UL;

    public static TextFingerprint Fingerprint(string composed)
    {
        char[] normalized = ArrayPool<char>.Shared.Rent(Math.Max(1, composed.Length));
        ulong[] words = ArrayPool<ulong>.Shared.Rent(composed.Length / 2 + 1);
        try
        {
            int length = DuplicateTextNormalizer.NormalizeInto(composed, normalized);
            int wordCount = HashWords(normalized.AsSpan(0, length), words);
            return FromWords(words.AsSpan(0, wordCount));
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(words);
            ArrayPool<char>.Shared.Return(normalized);
        }
    }

    private static int HashWords(ReadOnlySpan<char> normalized, Span<ulong> words)
    {
        int count = 0;
        while (!normalized.IsEmpty)
        {
            int space = normalized.IndexOf(' ');
            ReadOnlySpan<char> word = space < 0 ? normalized : normalized[..space];
            words[count++] = Hash64.OfChars(word);
            normalized = space < 0 ? [] : normalized[(space + 1)..];
        }

        return count;
    }

    private static TextFingerprint FromWords(ReadOnlySpan<ulong> words)
    {
        ulong exact = ExactSeed;
        foreach (ulong word in words)
        {
            exact = Hash64.Combine(exact, word);
        }

        int size = TextFingerprint.ShingleSizeFor(words.Length);
        int count = words.Length == 0 ? 0 : Math.Max(1, words.Length - size + 1);
        ulong[] sequence = ArrayPool<ulong>.Shared.Rent(Math.Max(1, count));
        try
        {
            for (int start = 0; start < count; start++)
            {
                ulong hash = (ulong)size;
                foreach (ulong word in words.Slice(start, Math.Min(size, words.Length - start)))
                {
                    hash = Hash64.Combine(hash, word);
                }

                sequence[start] = hash;
            }

            ReadOnlySpan<ulong> inOrder = sequence.AsSpan(0, count);
            return new TextFingerprint(exact, words.Length, size, SortedSets.DistinctSorted(inOrder), Winnowing.Anchors(inOrder));
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(sequence);
        }
    }
}
