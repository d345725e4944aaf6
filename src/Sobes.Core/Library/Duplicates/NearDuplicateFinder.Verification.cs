namespace Sobes.Core.Library.Duplicates;

public sealed partial class NearDuplicateFinder
{
    private readonly ShingleTable probeShingles = new();

    // Candidates arrive in a deterministic order; ties keep the earliest indexed text.
    private DuplicateMatch? BestVerified(TextFingerprint fingerprint, List<long> candidateSlots)
    {
        if (candidateSlots.Count == 0)
        {
            return null;
        }

        probeShingles.Load(fingerprint.Shingles);
        DuplicateMatch? best = null;
        int bestSlot = int.MaxValue;
        foreach (long candidate in candidateSlots)
        {
            int slot = (int)candidate;
            ulong[] other = shinglesBySlot[slot];
            int common = probeShingles.IntersectionCount(other, fingerprint.ShingleCount, LeastCommon(fingerprint.ShingleCount, other.Length, best));
            if (common < 0)
            {
                continue;
            }

            var overlap = new ShingleOverlap(common, fingerprint.ShingleCount, other.Length);
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

    // Fewer common shingles than this can neither pass Classify nor tie the best match so far (IsBetter looks at
    // Jaccard first), so the merge may stop early. Rounded down by one: a bound, never the decision.
    private int LeastCommon(int sizeA, int sizeB, DuplicateMatch? best)
    {
        double jaccard = Options.JaccardThreshold;
        double need = jaccard * (sizeA + sizeB) / (1 + jaccard);
        int smaller = Math.Min(sizeA, sizeB);
        if (smaller >= Options.MinContainedShingles)
        {
            need = Math.Min(need, Options.ContainmentThreshold * smaller);
        }

        if (best is { } current)
        {
            need = Math.Max(need, current.Jaccard * (sizeA + sizeB) / (1 + current.Jaccard));
        }

        return Math.Max(0, (int)Math.Floor(need) - 1);
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
