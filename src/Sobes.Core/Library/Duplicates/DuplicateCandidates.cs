namespace Sobes.Core.Library.Duplicates;

/// <summary>
/// The earlier texts one text was checked against when a <see cref="NearDuplicateFinder"/> added it: the
/// exact duplicate if there was one, else the candidates its indexes found, each with its shingles, so that
/// <see cref="Verify()"/> needs nothing more from the finder and may run on any thread while the finder goes on.
/// </summary>
public sealed class DuplicateCandidates
{
    [ThreadStatic]
    private static ShingleTable? threadTable;

    private readonly NearDuplicateOptions options;
    private readonly TextFingerprint? fingerprint;
    private readonly Candidate[] candidates;
    private readonly DuplicateMatch? exact;

    internal DuplicateCandidates(NearDuplicateOptions options, TextFingerprint? fingerprint, Candidate[] candidates, DuplicateMatch? exact)
    {
        this.options = options;
        this.fingerprint = fingerprint;
        this.candidates = candidates;
        this.exact = exact;
    }

    /// <summary>Candidates waiting for verification (0 when there were none, or the text had an exact duplicate).</summary>
    public int Count => candidates.Length;

    internal static DuplicateCandidates None(NearDuplicateOptions options) => new(options, null, [], null);

    internal static DuplicateCandidates Exact(NearDuplicateOptions options, DuplicateMatch match) => new(options, null, [], match);

    /// <summary>
    /// The best candidate that passes verification on the exact shingle sets (or the exact duplicate), or null:
    /// the match <see cref="NearDuplicateFinder.Add(long, DuplicateProbe)"/> returns. Thread-safe.
    /// </summary>
    public DuplicateMatch? Verify() => Verify(threadTable ??= new ShingleTable());

    // Candidates arrive in a deterministic order; ties keep the earliest indexed text.
    internal DuplicateMatch? Verify(ShingleTable table)
    {
        if (exact is not null || candidates.Length == 0 || fingerprint is null)
        {
            return exact;
        }

        Prefetch(candidates);
        table.Load(fingerprint.Shingles);
        DuplicateMatch? best = null;
        int bestSlot = int.MaxValue;
        byte[]? sketch = fingerprint.Sketch;
        foreach (Candidate candidate in candidates)
        {
            IndexedText text = candidate.Text;
            int needed = LeastCommon(fingerprint.ShingleCount, text.ShingleCount, best);
            if (sketch is not null && text.Sketch is { } theirs && ShingleSketch.SharedAtMost(sketch, theirs) < needed)
            {
                // Fewer than needed in common for certain: what IntersectionCount's −1 would say.
                continue;
            }

            int common = table.IntersectionCount(text.Shingles, fingerprint.ShingleCount, needed);
            if (common < 0)
            {
                continue;
            }

            var overlap = new ShingleOverlap(common, fingerprint.ShingleCount, text.ShingleCount);
            if (Classify(overlap) is not { } kind)
            {
                continue;
            }

            var match = new DuplicateMatch(text.Id, kind, overlap.Jaccard, overlap.Containment);
            if (best is not { } current || IsBetter(match, candidate.Slot, current, bestSlot))
            {
                best = match;
                bestSlot = candidate.Slot;
            }
        }

        return best;
    }

    // Where Prefetch leaves what it read, so that the JIT keeps the reads.
    private static ulong prefetched;

    // The candidates' sketches lie scattered over the heap. This loop's reads do not depend on one another, so the
    // processor fetches many of them at once; the verification loop would otherwise wait for each in turn. (Reading
    // the shingles ahead this way, before sketches, took about 30% off verification in import-stages at 100k.)
    private static void Prefetch(Candidate[] candidates)
    {
        ulong touched = 0;
        foreach (Candidate candidate in candidates)
        {
            if (candidate.Text.Sketch is { } sketch)
            {
                touched ^= (ulong)sketch[0] ^ sketch[ShingleSketch.Buckets / 2];
            }
        }

        prefetched = touched;
    }

    // Fewer common shingles than this can neither pass Classify nor tie the best match so far (IsBetter looks at
    // Jaccard first), so the merge may stop early. Rounded down by one: a bound, never the decision.
    private int LeastCommon(int sizeA, int sizeB, DuplicateMatch? best)
    {
        double jaccard = options.JaccardThreshold;
        double need = jaccard * (sizeA + sizeB) / (1 + jaccard);
        int smaller = Math.Min(sizeA, sizeB);
        if (smaller >= options.MinContainedShingles)
        {
            need = Math.Min(need, options.ContainmentThreshold * smaller);
        }

        if (best is { } current)
        {
            need = Math.Max(need, current.Jaccard * (sizeA + sizeB) / (1 + current.Jaccard));
        }

        return Math.Max(0, (int)Math.Floor(need) - 1);
    }

    private DuplicateKind? Classify(ShingleOverlap overlap)
    {
        if (overlap.Jaccard >= options.JaccardThreshold)
        {
            return DuplicateKind.NearDuplicate;
        }

        if (overlap.SmallerSize >= options.MinContainedShingles && overlap.Containment >= options.ContainmentThreshold)
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

/// <summary>One earlier text to verify against: its slot in the finder (the tie-breaker) and what verification reads of it.</summary>
internal readonly record struct Candidate(int Slot, IndexedText Text);

/// <summary>
/// An indexed text as verification reads it. The count and the sketch sit beside the shingles' reference, so a
/// candidate the sketch rejects is decided without reading its shingle array.
/// </summary>
internal readonly record struct IndexedText(long Id, ulong[] Shingles, int ShingleCount, byte[]? Sketch);
