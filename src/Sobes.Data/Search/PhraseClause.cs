using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Sobes.Data.Search;

/// <summary>
/// A phrase scored by Lucene's own phrase scorer, on only the candidates that hold every one of its terms in its field:
/// no other document can match a phrase, exact or sloppy. The documents holding all the terms are found first from the
/// postings (kept ones where the segment keeps them), rarest term first, so the scorer reads positions and advances its
/// postings only to those few documents instead of walking every document of its commonest terms.
/// </summary>
internal sealed class PhraseClause : AccumulatedClause
{
    // Listed documents fewer than one in this many of the rarest term's are reached by jumping.
    private const int SparseShare = 16;

    private readonly PhraseQuery query;
    private readonly IndexSearcher searcher;
    private readonly float valueForNormalization;
    private readonly TermContext[] states;
    private readonly Term[] terms;
    private Lazy<Weight>? weight;

    public PhraseClause(PhraseQuery query, IndexSearcher searcher)
    {
        this.query = query;
        this.searcher = searcher;
        var all = query.GetTerms();
        var contexts = all.Select(t => TermContexts.For(searcher.TopReaderContext, t)).ToArray();

        // As Lucene's phrase weight computes it, from the term states kept per reader: the weight itself (which looks
        // every term up in every segment again) is built only once a segment has a document to score.
        valueForNormalization = searcher.Similarity.ComputeWeight(
            query.Boost,
            searcher.CollectionStatistics(all[0].Field),
            all.Select((t, i) => searcher.TermStatistics(t, contexts[i])).ToArray()).GetValueForNormalization();

        var rarestFirst = Enumerable.Range(0, all.Length).DistinctBy(i => all[i]).OrderBy(i => contexts[i].DocFreq).ToArray();
        terms = rarestFirst.Select(i => all[i]).ToArray();
        states = rarestFirst.Select(i => contexts[i]).ToArray();
    }

    // Positions cost far more than postings: phrases are read after the terms, on the fewest candidates.
    public override long Cost => long.MaxValue;

    public override float ValueForNormalization() => valueForNormalization;

    public override void Normalize(float norm, float topLevelBoost) => weight = new Lazy<Weight>(() =>
    {
        var normalized = query.CreateWeight(searcher);
        normalized.Normalize(norm, topLevelBoost);
        return normalized;
    });

    public override bool AddTo(Accumulator into, ClauseRole role, AtomicReaderContext context, Candidates candidates)
    {
        var docs = ArrayPool<int>.Shared.Rent(16);
        long[]? bits = null;
        try
        {
            var count = HoldingEveryTerm(context, candidates, ref docs, out var rarest);
            if (count == 0)
            {
                return false;
            }

            var maxDoc = context.AtomicReader.MaxDoc;
            bits = ArrayPool<long>.Shared.Rent((maxDoc + 63) >> 6);
            Array.Clear(bits, 0, (maxDoc + 63) >> 6);
            for (var i = 0; i < count; i++)
            {
                bits[docs[i] >> 6] |= 1L << docs[i];
            }

            // Jumping pays when the listed documents are a small share of the postings to walk; otherwise Lucene's
            // readers walk them anyway, and a listed view would only add a call per position.
            var listed = new ListedDocs(docs, count, bits, maxDoc);
            var scorer = (weight ?? throw new InvalidOperationException("The phrase is not normalised yet.")).Value
                .GetScorer(count * SparseShare < rarest ? ListedPostings.Of(context) : context, listed);
            return scorer is not null && into.AddScored(scorer, role);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(docs);
            if (bits is not null)
            {
                ArrayPool<long>.Shared.Return(bits);
            }
        }
    }

    /// <summary>The candidates holding every term in the field, ascending, into <paramref name="docs"/>; their count.</summary>
    private int HoldingEveryTerm(AtomicReaderContext context, Candidates candidates, ref int[] docs, out int rarest)
    {
        rarest = 0;
        if (terms.Length == 0)
        {
            return 0;
        }

        var segment = SegmentPostings.Of(context.AtomicReader);
        var count = -1;
        for (var t = 0; t < terms.Length; t++)
        {
            var state = states[t].Get(context.Ord);
            if (state is null)
            {
                return 0;
            }

            var kept = segment.Read(context.AtomicReader, terms[t], state, out var termsEnum);
            segment.KeepPositions(context.AtomicReader, terms[t], state, kept?.Docs.Length ?? termsEnum!.DocFreq);
            if (count < 0)
            {
                rarest = kept?.Docs.Length ?? termsEnum!.DocFreq;
            }

            count = count < 0
                ? First(kept, termsEnum, candidates, ref docs)
                : kept?.ByDoc is { } byDoc ? Within(byDoc, docs, count)
                : kept is not null ? Within(kept.Docs, docs, count) : Within(termsEnum!.Docs(null, null, DocsFlags.NONE), docs, count);
            if (count == 0)
            {
                return 0;
            }
        }

        return count;
    }

    // The rarest term's documents among the candidates.
    private static int First(TermPostings? kept, TermsEnum? termsEnum, Candidates candidates, ref int[] docs)
    {
        var count = 0;
        if (kept is not null)
        {
            foreach (var doc in kept.Docs)
            {
                if (candidates.Accepts(doc))
                {
                    Append(ref docs, ref count, doc);
                }
            }

            return count;
        }

        var postings = termsEnum!.Docs(candidates.ForPostings, null, DocsFlags.NONE);
        for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
        {
            if (candidates.Contains(doc))
            {
                Append(ref docs, ref count, doc);
            }
        }

        return count;
    }

    // Keeps those of the first count documents that are in the ascending postings, galloping through them.
    private static int Within(int[] postings, int[] docs, int count)
    {
        var kept = 0;
        var from = 0;
        for (var i = 0; i < count && from < postings.Length; i++)
        {
            var doc = docs[i];
            var step = 1;
            while (from + step < postings.Length && postings[from + step] < doc)
            {
                step <<= 1;
            }

            // The first posting at or after doc is within [from, from + step].
            var end = Math.Min(from + step + 1, postings.Length);
            var at = Array.BinarySearch(postings, from, end - from, doc);
            if (at >= 0)
            {
                docs[kept++] = doc;
                from = at + 1;
            }
            else
            {
                from = ~at;
            }
        }

        return kept;
    }

    // A term kept with its tf by document (in a quarter of the documents or more): zero where it is absent.
    private static int Within(float[] byDoc, int[] docs, int count)
    {
        var kept = 0;
        for (var i = 0; i < count; i++)
        {
            if (byDoc[docs[i]] != 0f)
            {
                docs[kept++] = docs[i];
            }
        }

        return kept;
    }

    private static int Within(DocsEnum postings, int[] docs, int count)
    {
        var kept = 0;
        var doc = -1;
        for (var i = 0; i < count; i++)
        {
            if (doc < docs[i])
            {
                doc = postings.Advance(docs[i]);
                if (doc == DocIdSetIterator.NO_MORE_DOCS)
                {
                    break;
                }
            }

            if (doc == docs[i])
            {
                docs[kept++] = doc;
            }
        }

        return kept;
    }

    private static void Append(ref int[] docs, ref int count, int doc)
    {
        if (count == docs.Length)
        {
            var larger = ArrayPool<int>.Shared.Rent(docs.Length * 2);
            Array.Copy(docs, larger, count);
            ArrayPool<int>.Shared.Return(docs);
            docs = larger;
        }

        docs[count++] = doc;
    }
}
