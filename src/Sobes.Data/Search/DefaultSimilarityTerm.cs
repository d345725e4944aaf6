using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Sobes.Data.Search;

/// <summary>
/// A term scored as <see cref="TermQuery"/> under <see cref="DefaultSimilarity"/> scores it (the same float
/// operations in the same order: idf-based weight, then sqrt(freq) times the weight times the decoded length norm),
/// reading the postings directly: a scorer and a similarity scorer per posting cost more than the posting.
/// </summary>
internal sealed class DefaultSimilarityTerm : AccumulatedClause
{
    private static readonly float[] Tfs = Enumerable.Range(0, 64).Select(f => (float)Math.Sqrt(f)).ToArray();

    private readonly Term term;
    private readonly TermContext states;
    private readonly DefaultSimilarity similarity;
    private readonly float idf;
    private float queryWeight;
    private float value;

    public DefaultSimilarityTerm(TermQuery query, IndexSearcher searcher)
    {
        term = query.Term;
        similarity = (DefaultSimilarity)searcher.Similarity;
        states = TermContexts.For(searcher.TopReaderContext, term);
        var collection = searcher.CollectionStatistics(term.Field);
        idf = similarity.Idf(searcher.TermStatistics(term, states).DocFreq, collection.MaxDoc);
        queryWeight = idf * query.Boost;
    }

    public override long Cost => states.DocFreq;

    public override float ValueForNormalization() => queryWeight * queryWeight;

    public override void Normalize(float norm, float topLevelBoost)
    {
        queryWeight *= norm * topLevelBoost;
        value = queryWeight * idf;
    }

    public override bool AddTo(Accumulator into, ClauseRole role, AtomicReaderContext context, Candidates candidates)
    {
        var state = states.Get(context.Ord);
        if (state is null)
        {
            return false;
        }

        var segment = SegmentPostings.Of(context.AtomicReader);
        var lengthNorms = segment.LengthNorms(context.AtomicReader, term.Field, similarity);
        if (segment.Read(context.AtomicReader, term, state, out var termsEnum) is { } kept)
        {
            return into.AddPostings(kept, value, lengthNorms, candidates, role);
        }

        var docs = termsEnum!.Docs(candidates.ForPostings, null, DocsFlags.FREQS);
        var any = false;
        if (!candidates.IsBitSet)
        {
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                Add(into, role, docs, lengthNorms, doc);
                any = true;
            }

            return any;
        }

        // Leapfrog between the postings and the candidates: the postings reader skips within and across its blocks
        // far more cheaply than it hands out each posting.
        for (var target = candidates.Next(0); target != DocIdSetIterator.NO_MORE_DOCS;)
        {
            var doc = docs.Advance(target);
            if (doc == DocIdSetIterator.NO_MORE_DOCS)
            {
                break;
            }

            if (doc == target || candidates.Contains(doc))
            {
                Add(into, role, docs, lengthNorms, doc);
                any = true;
            }

            target = candidates.Next(doc + 1);
        }

        return any;
    }

    private void Add(Accumulator into, ClauseRole role, DocsEnum docs, float[]? lengthNorms, int doc)
    {
        var freq = docs.Freq;
        var score = (freq < Tfs.Length ? Tfs[freq] : similarity.Tf(freq)) * value;
        if (lengthNorms is not null)
        {
            score *= lengthNorms[doc];
        }

        into.Add(doc, score, role);
    }
}
