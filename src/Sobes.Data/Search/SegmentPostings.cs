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

    // Rare terms read once so far; forgotten all at once when this many, so the set stays small.
    private const int MaxSeenOnce = 4096;

    private static readonly ConditionalWeakTable<object, SegmentPostings> Cache = new();

    private readonly ConcurrentDictionary<Term, TermPostings> terms = new();
    private readonly ConcurrentDictionary<string, float[]?> norms = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Term, bool> seenOnce = new();
    private readonly int maxDoc;
    private long budget;
    private long rareBudget;

    private SegmentPostings(int maxDoc)
    {
        this.maxDoc = maxDoc;
        budget = maxDoc * (long)PostingsPerDocument;
        rareBudget = maxDoc * (long)RarePostingsPerDocument;
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
