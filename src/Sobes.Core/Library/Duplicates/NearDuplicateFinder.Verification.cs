namespace Sobes.Core.Library.Duplicates;

public sealed partial class NearDuplicateFinder
{
    private readonly ShingleTable probeShingles = new();

    // The candidates with what verification reads of them, taken now: the finder's lists keep growing afterwards.
    private DuplicateCandidates Captured(TextFingerprint fingerprint, List<long> candidateSlots)
    {
        if (candidateSlots.Count == 0)
        {
            return DuplicateCandidates.None(Options);
        }

        var slots = new int[candidateSlots.Count];
        var shingles = new ulong[candidateSlots.Count][];
        var ids = new long[candidateSlots.Count];
        for (int i = 0; i < slots.Length; i++)
        {
            int slot = (int)candidateSlots[i];
            slots[i] = slot;
            shingles[i] = shinglesBySlot[slot];
            ids[i] = idBySlot[slot];
        }

        return new DuplicateCandidates(Options, fingerprint, slots, shingles, ids, null);
    }
}
