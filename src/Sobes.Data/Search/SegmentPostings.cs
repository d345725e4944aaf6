using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Sobes.Data.Search;

/// <summary>
/// The decoded postings of a segment's terms and the decoded length norms of its fields, kept as long as the segment's
/// core lives (both are fixed for a core; deletions are applied on top by the caller). Reading a term through Lucene's
/// readers costs several virtual calls per posting and, before the first posting, a terms enumerator and a postings
/// reader with their buffers, where a kept array costs one load. A common term is in most searches and kept when first
/// read; a rare one is kept when read a second time, so that words searched once do not use up what the segment keeps.
/// A segment keeps at most <see cref="PostingsPerDocument"/> postings of common terms per document and
/// <see cref="RarePostingsPerDocument"/> of rare ones, first come.
/// </summary>
internal sealed class SegmentPostings
{
    /// <summary>Terms in fewer of a segment's documents are rare: kept only once read twice, from a budget of their own.</summary>
    public const int MinDocFreq = 512;

    private const int PostingsPerDocument = 16;
    private const int RarePostingsPerDocument = 4;
    private const int PositionsPerDocument = 16;

    // Rare terms read once so far; forgotten all at once when this many, so the set stays small.
    private const int MaxSeenOnce = 4096;

    private static readonly ConditionalWeakTable<object, SegmentPostings> Cache = new();

    private readonly ConcurrentDictionary<Term, TermPostings> terms = new();
    private readonly ConcurrentDictionary<string, float[]?> norms = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Term, bool> seenOnce = new();
    private readonly ConcurrentDictionary<Term, TermPositions?> positions = new();
    private readonly int maxDoc;
    private long budget;
    private long rareBudget;
    private long positionsBudget;

    private SegmentPostings(int maxDoc)
    {
        this.maxDoc = maxDoc;
        budget = maxDoc * (long)PostingsPerDocument;
        rareBudget = maxDoc * (long)RarePostingsPerDocument;
        positionsBudget = maxDoc * (long)PositionsPerDocument;
    }

    public static SegmentPostings Of(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new SegmentPostings(reader.MaxDoc));

    /// <summary>
    /// The kept postings of <paramref name="term"/> (whose state in this segment is <paramref name="state"/>), with
    /// sqrt(freq) per posting: kept already, or read and kept now when the term is common or read before and the segment's
    /// budget allows. Otherwise null, with <paramref name="positioned"/> at the term for the caller to read from the index.
    /// </summary>
    public TermPostings? Read(AtomicReader reader, Term term, TermState state, out TermsEnum? positioned)
    {
        positioned = null;
        if (terms.TryGetValue(term, out var known))
        {
            return known;
        }

        var termsEnum = reader.GetTerms(term.Field).GetEnumerator();
        termsEnum.SeekExact(term.Bytes, state);
        var common = termsEnum.DocFreq >= MinDocFreq;
        if ((common || ReadBefore(term)) && Keep(term, termsEnum, ref common ? ref budget : ref rareBudget) is { } kept)
        {
            return kept;
        }

        positioned = termsEnum;
        return null;
    }

    private bool ReadBefore(Term term)
    {
        if (seenOnce.TryRemove(term, out _))
        {
            return true;
        }

        if (seenOnce.Count >= MaxSeenOnce)
        {
            seenOnce.Clear();
        }

        seenOnce.TryAdd(term, true);
        return false;
    }

    private TermPostings? Keep(Term term, TermsEnum positioned, ref long budget)
    {
        // A term in a quarter of the documents or more also keeps its tf per document (four bytes a document, half a
        // posting): a clause whose candidates are fewer than its postings looks them up instead of walking the postings.
        var docFreq = positioned.DocFreq;
        var dense = docFreq * 4L >= maxDoc;
        var cost = docFreq + (dense ? (maxDoc + 1) / 2 : 0);
        if (Interlocked.Add(ref budget, -cost) < 0)
        {
            Interlocked.Add(ref budget, cost);
            return null;
        }

        var read = TermPostings.Read(positioned.Docs(null, null, DocsFlags.FREQS), docFreq, dense ? maxDoc : 0);
        if (!terms.TryAdd(term, read))
        {
            Interlocked.Add(ref budget, cost);
            return terms[term];
        }

        return read;
    }

    /// <summary>
    /// Keeps the positions of a common <paramref name="term"/> (in <paramref name="docFreq"/> of the segment's documents,
    /// its state here <paramref name="state"/>) for phrases to read from memory, while the segment's budget for positions
    /// allows; a term once refused is not tried again.
    /// </summary>
    public void KeepPositions(AtomicReader reader, Term term, TermState state, int docFreq)
    {
        if (docFreq < MinDocFreq || positions.ContainsKey(term))
        {
            return;
        }

        var termsEnum = reader.GetTerms(term.Field).GetEnumerator();
        termsEnum.SeekExact(term.Bytes, state);
        var count = termsEnum.TotalTermFreq;
        TermPositions? read = null;
        if (count >= 0 && Interlocked.Add(ref positionsBudget, -count) >= 0)
        {
            read = TermPositions.Read(termsEnum.DocsAndPositions(null, null, DocsAndPositionsFlags.NONE), termsEnum.DocFreq, count);
        }
        else
        {
            Interlocked.Add(ref positionsBudget, Math.Max(count, 0));
        }

        if (!positions.TryAdd(term, read) && read is not null)
        {
            Interlocked.Add(ref positionsBudget, count);
        }
    }

    /// <summary>The kept positions of <paramref name="term"/>, or null when they are not kept.</summary>
    public TermPositions? KeptPositions(Term term) => positions.GetValueOrDefault(term);

    /// <summary>The field's length norm per document as the similarity decodes it, or null when the field keeps none.</summary>
    public float[]? LengthNorms(AtomicReader reader, string field, DefaultSimilarity similarity) => norms.GetOrAdd(field, _ =>
    {
        var values = reader.GetNormValues(field);
        if (values is null)
        {
            return null;
        }

        var decoded = new float[reader.MaxDoc];
        for (var doc = 0; doc < decoded.Length; doc++)
        {
            decoded[doc] = similarity.DecodeNormValue(values.Get(doc));
        }

        return decoded;
    });
}

/// <summary>
/// A term's documents in a segment, ascending, with sqrt(freq) (DefaultSimilarity's tf) of each; for a term in a quarter
/// of the documents or more also that tf by document (zero where the term is absent), so that a few candidates can be
/// scored without walking every posting.
/// </summary>
internal sealed class TermPostings(int[] docs, float[] tfs, float[]? byDoc)
{
    public int[] Docs => docs;

    public float[] Tfs => tfs;

    public float[]? ByDoc => byDoc;

    public static TermPostings Read(DocsEnum postings, int docFreq, int denseMaxDoc)
    {
        var docs = new int[docFreq];
        var tfs = new float[docFreq];
        var byDoc = denseMaxDoc > 0 ? new float[denseMaxDoc] : null;
        var count = 0;
        for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS && count < docFreq; doc = postings.NextDoc())
        {
            docs[count] = doc;
            tfs[count] = (float)Math.Sqrt(postings.Freq);
            if (byDoc is not null)
            {
                byDoc[doc] = tfs[count];
            }

            count++;
        }

        return count == docFreq ? new TermPostings(docs, tfs, byDoc) : new TermPostings(docs[..count], tfs[..count], byDoc);
    }
}

/// <summary>A term's documents in a segment, ascending, with each one's positions (deleted documents too).</summary>
internal sealed class TermPositions(int[] docs, int[] starts, int[] positions)
{
    public int[] Docs => docs;

    /// <summary>Where each document's positions begin in <see cref="Positions"/>; one more entry ends the last.</summary>
    public int[] Starts => starts;

    public int[] Positions => positions;

    public static TermPositions Read(DocsAndPositionsEnum postings, int docFreq, long totalTermFreq)
    {
        var docs = new int[docFreq];
        var starts = new int[docFreq + 1];
        var positions = new int[totalTermFreq];
        var count = 0;
        var at = 0;
        for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS && count < docFreq; doc = postings.NextDoc())
        {
            docs[count] = doc;
            starts[count] = at;
            for (var i = postings.Freq; i > 0 && at < positions.Length; i--)
            {
                positions[at++] = postings.NextPosition();
            }

            count++;
        }

        starts[count] = at;
        return count == docFreq ? new TermPositions(docs, starts, positions) : new TermPositions(docs[..count], starts[..(count + 1)], positions);
    }
}
