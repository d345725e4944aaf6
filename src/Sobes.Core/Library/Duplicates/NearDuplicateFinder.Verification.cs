namespace Sobes.Core.Library.Duplicates;

public sealed partial class NearDuplicateFinder
{
    // Candidates arrive in a deterministic order; ties keep the earliest indexed text.
    private DuplicateMatch? BestVerified(TextFingerprint fingerprint, List<long> candidateSlots)
    {
        DuplicateMatch? best = null;
        int bestSlot = int.MaxValue;
        foreach (long candidate in candidateSlots)
        {
            int slot = (int)candidate;
            ShingleOverlap overlap = ShingleOverlap.Of(fingerprint.Shingles, shinglesBySlot[slot]);
            if (Classify(overlap) is not { } kind)
            {
                continue;
            }

            var match = new DuplicateMatch(idBySlot[slot], kind, overlap.Jaccard, overlap.Containment);
            if (best is not { } current || IsBetter(match, slot, current, bestSlot))
            {
                best = match;
                bestSlot = slot;
            }
        }

        return best;
    }

    private DuplicateKind? Classify(ShingleOverlap overlap)
    {
        if (overlap.Jaccard >= Options.JaccardThreshold)
        {
            return DuplicateKind.NearDuplicate;
        }

        if (overlap.SmallerSize >= Options.MinContainedShingles && overlap.Containment >= Options.ContainmentThreshold)
        {
            return DuplicateKind.Contained;
        }

        return null;
    }

    private static bool IsBetter(DuplicateMatch match, int slot, DuplicateMatch current, int currentSlot)
    {
        if (match.Jaccard != current.Jaccard)
        {
            return match.Jaccard > current.Jaccard;
        }

        if (match.Containment != current.Containment)
        {
            return match.Containment > current.Containment;
        }

        return slot < currentSlot;
    }
}
