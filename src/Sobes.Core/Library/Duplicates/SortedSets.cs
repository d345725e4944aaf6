namespace Sobes.Core.Library.Duplicates;

/// <summary>Sets of hashes kept as sorted distinct arrays: compact, and intersected by a linear merge.</summary>
internal static class SortedSets
{
    public static ulong[] DistinctSorted(ReadOnlySpan<ulong> values)
    {
        if (values.IsEmpty)
        {
            return [];
        }

        ulong[] copy = values.ToArray();
        Array.Sort(copy);
        int unique = 1;
        for (int i = 1; i < copy.Length; i++)
        {
            if (copy[i] != copy[unique - 1])
            {
                copy[unique++] = copy[i];
            }
        }

        return unique == copy.Length ? copy : copy.AsSpan(0, unique).ToArray();
    }

    public static int IntersectionCount(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b) => IntersectionCount(a, b, 0);

    /// <summary>
    /// The number of common values, or −1 as soon as fewer than <paramref name="needed"/> can be common
    /// (what is left of the shorter remainder cannot make up the difference).
    /// </summary>
    public static int IntersectionCount(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, int needed)
    {
        if (Math.Min(a.Length, b.Length) < needed)
        {
            return -1;
        }

        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (common + Math.Min(a.Length - i, b.Length - j) < needed)
            {
                return -1;
            }

            ulong x = a[i], y = b[j];
            if (x == y)
            {
                common++;
                i++;
                j++;
            }
            else if (x < y)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return common;
    }
}
