namespace Sobes.Core.Library.Duplicates;

public sealed partial class NearDuplicateFinder
{
    private const int MaxAnchorPostings = 64;

    // Share of the smaller text's anchors a containment candidate must hit.
    private const double AnchorHitShare = 0.5;

    private readonly List<long> candidates = [];
    private readonly SlotMarks seenCandidates = new();
    private readonly Dictionary<int, int> anchorHits = [];

    private DuplicateCandidates FindNear(TextFingerprint fingerprint, MinHashSignature signature)
    {
        candidates.Clear();
        seenCandidates.Reset(textBySlot.Count);
        lsh.Query(signature, candidates, seenCandidates);
        if (UsesAnchors(fingerprint))
        {
            AddAnchorCandidates(fingerprint);
        }

        return Captured(fingerprint, candidates);
    }

    private bool UsesAnchors(TextFingerprint fingerprint) =>
        fingerprint.ShingleCount >= Options.MinContainedShingles && fingerprint.Anchors.Length > 0;

    // A saturated anchor (a phrase shared by many texts) is skipped and not counted against the text.
    private void AddAnchorCandidates(TextFingerprint fingerprint)
    {
        anchorHits.Clear();
        int informative = 0;
        foreach (ulong anchor in fingerprint.Anchors)
        {
            PostingIndex.PostingEnumerator postings = anchors.Postings(anchor, out bool saturated);
            if (saturated)
            {
                continue;
            }

            informative++;
            foreach (long slot in postings)
            {
                anchorHits[(int)slot] = anchorHits.GetValueOrDefault((int)slot) + 1;
            }
        }

        foreach ((int slot, int hits) in anchorHits)
        {
            int needed = (int)Math.Ceiling(AnchorHitShare * Math.Min(informative, anchorCountBySlot[slot]));
            if (hits >= Math.Max(1, needed) && seenCandidates.Add(slot))
            {
                candidates.Add(slot);
            }
        }
    }
}
