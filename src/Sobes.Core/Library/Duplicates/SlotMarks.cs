namespace Sobes.Core.Library.Duplicates;

/// <summary>
/// Which slots one query has already seen: a stamp per slot instead of a hash set, so a query that walks
/// thousands of postings pays an array read for each and nothing to clear between queries.
/// </summary>
internal sealed class SlotMarks
{
    private int[] stamps = new int[1024];
    private int current = 1;

    /// <summary>Forgets every mark; slots up to <paramref name="slotCount"/> − 1 may be marked next.</summary>
    public void Reset(int slotCount)
    {
        if (slotCount > stamps.Length)
        {
            Array.Resize(ref stamps, Math.Max(slotCount, stamps.Length * 2));
        }

        if (++current == int.MaxValue)
        {
            Array.Clear(stamps);
            current = 1;
        }
    }

    /// <summary>Marks <paramref name="slot"/>; false when it was marked already since the last reset.</summary>
    public bool Add(long slot)
    {
        ref int stamp = ref stamps[(int)slot];
        if (stamp == current)
        {
            return false;
        }

        stamp = current;
        return true;
    }
}
