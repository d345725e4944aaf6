namespace Sobes.Core.Library.Duplicates;

/// <summary>
/// One text's shingles in an open-addressing table, so that its overlap with each of a hundred candidates costs
/// one look-up per candidate shingle instead of a merge whose every step is a hard-to-predict branch.
/// Shingle hashes are already uniform, so their low bits index the table.
/// </summary>
internal sealed class ShingleTable
{
    private ulong[] slots = new ulong[64];
    private int mask = 63;
    private bool hasZero;

    /// <summary>Replaces the table's contents with <paramref name="shingles"/> (distinct values).</summary>
    public void Load(ReadOnlySpan<ulong> shingles)
    {
        int size = 64;
        while (size < shingles.Length * 4)
        {
            size *= 2;
        }

        if (size > slots.Length)
        {
            slots = new ulong[size];
        }
        else
        {
            Array.Clear(slots, 0, size);
        }

        mask = size - 1;
        hasZero = false;
        foreach (ulong shingle in shingles)
        {
            if (shingle == 0)
            {
                hasZero = true;
                continue;
            }

            int i = (int)shingle & mask;
            while (slots[i] != 0)
            {
                i = (i + 1) & mask;
            }

            slots[i] = shingle;
        }
    }

    /// <summary>
    /// How many of <paramref name="other"/> (distinct values) the table holds, or −1 as soon as fewer than
    /// <paramref name="needed"/> can be (see <see cref="SortedSets.IntersectionCount(ReadOnlySpan{ulong}, ReadOnlySpan{ulong}, int)"/>).
    /// </summary>
    public int IntersectionCount(ReadOnlySpan<ulong> other, int tableCount, int needed)
    {
        if (Math.Min(tableCount, other.Length) < needed)
        {
            return -1;
        }

        int common = 0;
        ulong[] table = slots;
        for (int j = 0; j < other.Length; j++)
        {
            if (common + other.Length - j < needed)
            {
                return -1;
            }

            ulong shingle = other[j];
            if (shingle == 0)
            {
                common += hasZero ? 1 : 0;
                continue;
            }

            int i = (int)shingle & mask;
            ulong held;
            while ((held = table[i]) != 0)
            {
                if (held == shingle)
                {
                    common++;
                    break;
                }

                i = (i + 1) & mask;
            }
        }

        return common;
    }
}
