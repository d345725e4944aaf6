namespace Sobes.Core.Library.Duplicates;

/// <summary>
/// Winnowing (Schleimer, Wilkerson, Aiken, "Winnowing: local algorithms for document fingerprinting",
/// SIGMOD 2003): in every window of <see cref="Window"/> consecutive shingle hashes keep the smallest
/// (the rightmost on ties). Any run of at least <see cref="Window"/> shingles shared by two texts yields a
/// shared anchor, wherever it stands, so a truncated copy's anchors are (almost all) anchors of the original.
/// </summary>
/// <remarks>
/// Only the first <see cref="Head"/> shingles are winnowed: the containment cases Sobes meets are copies cut
/// short and copies with a header line, which share their beginning, and a bounded head keeps the anchor
/// index at about 2·Head/(Window+1) ≈ 14 postings per text however long the texts are.
/// </remarks>
internal static class Winnowing
{
    public const int Window = 8;
    public const int Head = 64;

    public static ulong[] Anchors(ReadOnlySpan<ulong> sequence)
    {
        if (sequence.IsEmpty)
        {
            return [];
        }

        ReadOnlySpan<ulong> head = sequence[..Math.Min(sequence.Length, Head)];
        int windows = Math.Max(1, head.Length - Window + 1);
        int width = Math.Min(Window, head.Length);
        Span<ulong> picked = stackalloc ulong[windows];
        int count = 0;
        int lastPosition = -1;
        for (int start = 0; start < windows; start++)
        {
            int position = start;
            for (int i = start + 1; i < start + width; i++)
            {
                if (head[i] <= head[position])
                {
                    position = i;
                }
            }

            if (position != lastPosition)
            {
                picked[count++] = head[position];
                lastPosition = position;
            }
        }

        return SortedSets.DistinctSorted(picked[..count]);
    }
}
