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

        var captured = new Candidate[candidateSlots.Count];
        for (int i = 0; i < captured.Length; i++)
        {
            int slot = (int)candidateSlots[i];
            captured[i] = new Candidate(slot, textBySlot[slot]);
        }

        return new DuplicateCandidates(Options, fingerprint, captured, null);
    }
}
