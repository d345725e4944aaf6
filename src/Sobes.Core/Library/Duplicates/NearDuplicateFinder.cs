namespace Sobes.Core.Library.Duplicates;

/// <summary>
/// Finds, for each text added, an earlier text it duplicates: exactly (same normalised text), nearly
/// (shingle Jaccard at or above <see cref="NearDuplicateOptions.JaccardThreshold"/>), or as a shortened copy
/// (containment at or above <see cref="NearDuplicateOptions.ContainmentThreshold"/>). Candidates come from
/// MinHash LSH and from a winnowed-anchor index; every candidate is verified exactly on the shingle sets.
/// </summary>
/// <remarks>
/// Both indexes cap their buckets, so each addition costs about the same however many texts came before:
/// adding n texts is near-linear in n. Memory per text is its sorted distinct shingle hashes
/// (8 bytes each), 32 band postings and about 14 anchor postings. Not thread-safe, except <see cref="Probe"/> and
/// the verification of <see cref="AddCandidates"/>'s result.
/// Containment is found through anchors of the leading 64 shingles (see <see cref="Winnowing"/>): a copy
/// cut short, or with a header line added, shares them; a fragment taken from the middle or end of a long
/// post is caught only when its Jaccard with the post is high enough for LSH.
/// </remarks>
public sealed partial class NearDuplicateFinder
{
    private readonly MinHasher hasher;
    private readonly LshIndex lsh;
    private readonly PostingIndex anchors = new(MaxAnchorPostings);
    private readonly Dictionary<ulong, int> slotByExactHash = [];
    private readonly HashSet<long> knownIds = [];
    private readonly List<IndexedText> textBySlot = [];
    private readonly List<int> anchorCountBySlot = [];

    /// <summary>Creates an empty finder with <paramref name="options"/> (or <see cref="NearDuplicateOptions.Default"/>).</summary>
    public NearDuplicateFinder(NearDuplicateOptions? options = null)
    {
        Options = options ?? NearDuplicateOptions.Default;
        hasher = new MinHasher(Options.Bands * Options.Rows, Options.Seed);
        lsh = new LshIndex(Options.Bands, Options.Rows);
    }

    /// <summary>The thresholds in force.</summary>
    public NearDuplicateOptions Options { get; }

    /// <summary>Number of texts indexed (exact duplicates and texts without words are not indexed).</summary>
    public int Count => textBySlot.Count;

    /// <summary>
    /// Looks <paramref name="text"/> up against every text added so far and then indexes it under
    /// <paramref name="id"/>. Returns the best earlier match that passes verification, or null.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> was added before.</exception>
    public DuplicateMatch? Add(long id, string text) => Add(id, Probe(text));

    /// <summary>As <see cref="Add(long, string)"/>, for a text this finder's <see cref="Probe"/> prepared.</summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> was added before, or another finder made the probe.</exception>
    public DuplicateMatch? Add(long id, DuplicateProbe probe) => AddCandidates(id, probe).Verify(probeShingles);

    /// <summary>
    /// As <see cref="Add(long, DuplicateProbe)"/>, except that the candidates are returned unverified: the text is
    /// indexed (unless it is an exact duplicate) before the caller verifies them, which it may do on another thread
    /// while it adds the next texts. <see cref="DuplicateCandidates.Verify()"/> then returns what Add would have.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> was added before, or another finder made the probe.</exception>
    public DuplicateCandidates AddCandidates(long id, DuplicateProbe probe)
    {
        ArgumentNullException.ThrowIfNull(probe);
        if (!ReferenceEquals(probe.Hasher, hasher))
        {
            throw new ArgumentException("The probe was made by another finder.", nameof(probe));
        }

        if (!knownIds.Add(id))
        {
            throw new ArgumentException($"Id {id} was already added.", nameof(id));
        }

        TextFingerprint fingerprint = probe.Fingerprint;
        if (probe.Signature is not { } signature)
        {
            return DuplicateCandidates.None(Options);
        }

        if (FindExact(fingerprint) is { } exact)
        {
            return DuplicateCandidates.Exact(Options, exact);
        }

        DuplicateCandidates candidates = FindNear(fingerprint, signature);
        Index(id, fingerprint, signature);
        return candidates;
    }

    /// <summary>
    /// Fingerprints and signs <paramref name="text"/> for <see cref="Add(long, DuplicateProbe)"/>. Reads no state
    /// of the finder, so unlike the rest of it, it may run on several threads at once.
    /// </summary>
    public DuplicateProbe Probe(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        TextFingerprint fingerprint = TextFingerprint.Create(text);
        return new DuplicateProbe(hasher, fingerprint, fingerprint.IsEmpty ? null : hasher.Compute(fingerprint.Shingles));
    }

    /// <summary>The best earlier match for <paramref name="text"/>, without indexing it.</summary>
    public DuplicateMatch? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        TextFingerprint fingerprint = TextFingerprint.Create(text);
        if (fingerprint.IsEmpty)
        {
            return null;
        }

        return FindExact(fingerprint) ?? FindNear(fingerprint, hasher.Compute(fingerprint.Shingles)).Verify(probeShingles);
    }

    private DuplicateMatch? FindExact(TextFingerprint fingerprint)
    {
        if (slotByExactHash.TryGetValue(fingerprint.ExactHash, out int slot)
            && fingerprint.Shingles.SequenceEqual(textBySlot[slot].Shingles))
        {
            return new DuplicateMatch(textBySlot[slot].Id, DuplicateKind.Exact, 1, 1);
        }

        return null;
    }

    private void Index(long id, TextFingerprint fingerprint, MinHashSignature signature)
    {
        int slot = textBySlot.Count;
        textBySlot.Add(new IndexedText(id, fingerprint.ShingleArray, fingerprint.ShingleCount, fingerprint.Sketch));
        slotByExactHash.TryAdd(fingerprint.ExactHash, slot);
        lsh.Add(slot, signature);
        bool anchored = UsesAnchors(fingerprint);
        anchorCountBySlot.Add(anchored ? fingerprint.Anchors.Length : 0);
        if (anchored)
        {
            foreach (ulong anchor in fingerprint.Anchors)
            {
                anchors.Add(anchor, slot);
            }
        }
    }
}
