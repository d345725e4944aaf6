using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Sobes.Data.Search;

/// <summary>
/// A <see cref="BooleanQuery"/> tree scored term at a time: each leaf query's matches in a segment are added into
/// per-document sums and clause counts, and each boolean level combines them with its coordination factor, so the
/// scores are Lucene's own for the same tree (up to the order of float additions). Lucene scores a boolean tree
/// document at a time through a scorer per level, a heap or bucket table per level and several virtual calls per
/// posting, which over terms found in most documents costs more than reading the postings; here a posting costs one
/// read of its scorer and three array writes. Explanations are Lucene's for the same tree.
/// </summary>
internal sealed class TermAtATimeQuery(BooleanQuery tree) : Query
{
    public BooleanQuery Tree => tree;

    public override Query Rewrite(IndexReader reader)
    {
        var rewritten = tree.Rewrite(reader);
        if (rewritten is BooleanQuery boolean)
        {
            return ReferenceEquals(boolean, tree) ? this : new TermAtATimeQuery(boolean) { Boost = Boost };
        }

        // A one-clause tree rewrites to its clause, which Lucene scores well enough alone.
        if (Boost != 1f)
        {
            rewritten = (Query)rewritten.Clone();
            rewritten.Boost *= Boost;
        }

        return rewritten;
    }

    public override Weight CreateWeight(IndexSearcher searcher) => new AccumulatingWeight(this, searcher);

    public override void ExtractTerms(ISet<Term> terms) => tree.ExtractTerms(terms);

    public override string ToString(string field) => $"TermAtATime({tree.ToString(field)})" + ToStringUtils.Boost(Boost);

    public override bool Equals(object? obj) => obj is TermAtATimeQuery other && other.Boost == Boost && other.Tree.Equals(tree);

    public override int GetHashCode() => HashCode.Combine(tree, Boost);

    private sealed class AccumulatingWeight : Weight
    {
        private readonly TermAtATimeQuery query;
        private readonly IndexSearcher searcher;
        private readonly AccumulatedClause.BooleanLevel root;
        private float norm = 1f;
        private float topLevelBoost = 1f;

        public AccumulatingWeight(TermAtATimeQuery query, IndexSearcher searcher)
        {
            this.query = query;
            this.searcher = searcher;
            root = new AccumulatedClause.BooleanLevel(query.Tree, searcher);
        }

        public override Query Query => query;

        public override float GetValueForNormalization() => root.ValueForNormalization() * query.Boost * query.Boost;

        public override void Normalize(float norm, float topLevelBoost)
        {
            this.norm = norm;
            this.topLevelBoost = topLevelBoost * query.Boost;
            root.Normalize(norm, this.topLevelBoost);
        }

        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
        {
            var hits = root.Evaluate(context, Candidates.Accepted(acceptDocs, context.AtomicReader.MaxDoc));
            if (hits.Count == 0)
            {
                hits.Release();
                return null;
            }

            return new HitsScorer(this, hits);
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var lucene = query.Tree.CreateWeight(searcher);
            lucene.GetValueForNormalization();
            lucene.Normalize(norm, topLevelBoost);
            return lucene.Explain(context, doc);
        }
    }

    /// <summary>Walks the matches one segment's evaluation left, in document order.</summary>
    private sealed class HitsScorer(Weight weight, SegmentHits hits) : Scorer(weight)
    {
        private int at = -1;
        private int doc = -1;

        public override int DocID => doc;

        public override int Freq => 1;

        public override float GetScore() => hits.Scores[at];

        public override int NextDoc()
        {
            if (++at < hits.Count)
            {
                return doc = hits.Docs[at];
            }

            if (doc != NO_MORE_DOCS)
            {
                hits.Release();
            }

            return doc = NO_MORE_DOCS;
        }

        public override int Advance(int target)
        {
            while (doc < target)
            {
                NextDoc();
            }

            return doc;
        }

        public override long GetCost() => hits.Count;
    }
}
