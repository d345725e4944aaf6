using System.Buffers;
using System.Numerics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Sobes.Data.Search;

/// <summary>
/// One level of a <see cref="TermAtATimeQuery"/>: a leaf query's weight, or a boolean query whose clauses are levels
/// again. Normalisation follows <see cref="BooleanQuery.BooleanWeight"/>; a boolean level matches and scores as
/// Lucene's boolean scorers do: every required clause, at least the minimum of optional ones (one when nothing is
/// required), no prohibited one; the sum of the matching clauses' scores times coord(matching, required + optional).
/// </summary>
internal abstract class AccumulatedClause
{
    public static AccumulatedClause For(Query query, IndexSearcher searcher) => query switch
    {
        BooleanQuery boolean => new BooleanLevel(boolean, searcher),
        TermQuery term when searcher.Similarity.GetType() == typeof(DefaultSimilarity) => new DefaultSimilarityTerm(term, searcher),
        _ => new Leaf(query.CreateWeight(searcher)),
    };

    /// <summary>About how many documents the clause matches, to read rarer clauses first.</summary>
    public abstract long Cost { get; }

    public abstract float ValueForNormalization();

    public abstract void Normalize(float norm, float topLevelBoost);

    /// <summary>Adds this clause's matches in the segment to <paramref name="into"/> as clause <paramref name="role"/>; false when it has none.</summary>
    public abstract bool AddTo(Accumulator into, ClauseRole role, AtomicReaderContext context, Candidates candidates);

    private sealed class Leaf(Weight weight) : AccumulatedClause
    {
        // Unknown until a segment's scorer exists; such clauses (phrases) are read last, on the fewest candidates.
        public override long Cost => long.MaxValue;

        public override float ValueForNormalization() => weight.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost) => weight.Normalize(norm, topLevelBoost);

        public override bool AddTo(Accumulator into, ClauseRole role, AtomicReaderContext context, Candidates candidates)
        {
            var scorer = weight.GetScorer(context, candidates.AsBits());
            if (scorer is null)
            {
                return false;
            }

            var any = false;
            for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
            {
                into.Add(doc, role == ClauseRole.Prohibited ? 0f : scorer.GetScore(), role);
                any = true;
            }

            return any;
        }
    }

    /// <summary>A boolean query's level; the root of a <see cref="TermAtATimeQuery"/> is one.</summary>
    internal sealed class BooleanLevel : AccumulatedClause
    {
        private readonly float boost;
        private readonly int minimumShould;
        private readonly (AccumulatedClause Clause, ClauseRole Role)[] clauses;
        private readonly int required;
        private readonly int optional;
        private readonly float[] coords;

        public BooleanLevel(BooleanQuery query, IndexSearcher searcher)
        {
            boost = query.Boost;
            minimumShould = query.MinimumNumberShouldMatch;
            clauses = query.Clauses
                .Select(c => (For(c.Query, searcher), c.Occur switch
                {
                    Occur.MUST => ClauseRole.Required,
                    Occur.MUST_NOT => ClauseRole.Prohibited,
                    _ => ClauseRole.Optional,
                }))
                // Required clauses first, rarest first: each later clause reads only the documents that can still match.
                .OrderBy(c => c.Item2)
                .ThenBy(c => c.Item1.Cost)
                .ToArray();
            required = clauses.Count(c => c.Role == ClauseRole.Required);
            optional = clauses.Count(c => c.Role == ClauseRole.Optional);
            Cost = required > 0
                ? clauses.Where(c => c.Role == ClauseRole.Required).Min(c => c.Clause.Cost)
                : clauses.Where(c => c.Role == ClauseRole.Optional).Aggregate(0L, (sum, c) => sum > long.MaxValue - c.Clause.Cost ? long.MaxValue : sum + c.Clause.Cost);
            var maxCoord = clauses.Count(c => c.Role != ClauseRole.Prohibited);
            coords = new float[maxCoord + 1];
            for (var overlap = 0; overlap <= maxCoord; overlap++)
            {
                // As BooleanWeight.Coord: coord(1, 1) is never applied.
                coords[overlap] = query.CoordDisabled || maxCoord == 1 ? 1f : searcher.Similarity.Coord(overlap, maxCoord);
            }
        }

        public override long Cost { get; }

        public override float ValueForNormalization()
        {
            var sum = 0f;
            foreach (var (clause, role) in clauses)
            {
                var value = clause.ValueForNormalization();
                if (role != ClauseRole.Prohibited)
                {
                    sum += value;
                }
            }

            return sum * boost * boost;
        }

        public override void Normalize(float norm, float topLevelBoost)
        {
            foreach (var (clause, _) in clauses)
            {
                clause.Normalize(norm, topLevelBoost * boost);
            }
        }

        public override bool AddTo(Accumulator into, ClauseRole role, AtomicReaderContext context, Candidates candidates)
        {
            var hits = Evaluate(context, candidates);
            try
            {
                for (var i = 0; i < hits.Count; i++)
                {
                    into.Add(hits.Docs[i], hits.Scores[i], role);
                }

                return hits.Count > 0;
            }
            finally
            {
                hits.Release();
            }
        }

        /// <summary>The level's matches in the segment, in document order; the caller releases them.</summary>
        public SegmentHits Evaluate(AtomicReaderContext context, Candidates accepted)
        {
            var minimumOptional = Math.Max(minimumShould, required == 0 ? 1 : 0);
            if (optional < minimumOptional)
            {
                return SegmentHits.Empty;
            }

            var accumulator = new Accumulator(context.AtomicReader.MaxDoc, required > 0, clauses.Any(c => c.Role == ClauseRole.Prohibited));
            try
            {
                var requiredRead = 0;
                var optionalRead = 0;
                foreach (var (clause, role) in clauses)
                {
                    // Once a document can no longer match without this clause's help, the clause needs to be read only
                    // on the documents that still can: those that matched every required clause so far, or (optional
                    // clauses alone, a minimum to meet) any clause so far once too few clauses are left to meet it.
                    var candidates = requiredRead > 0 ? accumulator.MatchingRequired(requiredRead)
                        : required == 0 && optionalRead > optional - minimumOptional ? accumulator.Touched
                        : accepted;
                    if (!clause.AddTo(accumulator, role, context, candidates) && role == ClauseRole.Required)
                    {
                        return SegmentHits.Empty;
                    }

                    requiredRead += role == ClauseRole.Required ? 1 : 0;
                    optionalRead += role == ClauseRole.Optional ? 1 : 0;
                }

                return accumulator.Collect(required, minimumOptional, coords);
            }
            finally
            {
                accumulator.Release();
            }
        }
    }
}

internal enum ClauseRole
{
    Required,
    Optional,
    Prohibited,
}

/// <summary>
/// Per-document sums and clause counts of one boolean level over one segment, in pooled arrays (a segment's worth
/// each). Only the documents a clause touched are visited again, through a bit set, so a level costs what its
/// clauses matched, not the segment's size.
/// </summary>
internal sealed class Accumulator
{
    private readonly int maxDoc;
    private readonly float[] sums;
    private readonly int[] matched;
    private readonly int[]? requiredMatched;
    private readonly long[] touched;
    private readonly long[]? prohibited;
    private readonly List<long[]> snapshots = [];
    private int touchedCount;

    public Accumulator(int maxDoc, bool countsRequired, bool hasProhibited)
    {
        this.maxDoc = maxDoc;
        sums = RentCleared<float>(maxDoc);
        matched = RentCleared<int>(maxDoc);
        requiredMatched = countsRequired ? RentCleared<int>(maxDoc) : null;
        touched = RentCleared<long>(Words(maxDoc));
        prohibited = hasProhibited ? RentCleared<long>(Words(maxDoc)) : null;
    }

    /// <summary>The documents some clause has matched so far (and any a later clause adds).</summary>
    public Candidates Touched => Candidates.Within(touched, maxDoc);

    /// <summary>The documents that matched all <paramref name="count"/> required clauses read so far.</summary>
    public Candidates MatchingRequired(int count)
    {
        var words = Words(maxDoc);
        var matching = RentCleared<long>(words);
        snapshots.Add(matching);
        for (var w = 0; w < words; w++)
        {
            var bits = touched[w];
            while (bits != 0)
            {
                var doc = (w << 6) + BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
                if (requiredMatched![doc] == count)
                {
                    matching[w] |= 1L << doc;
                }
            }
        }

        return Candidates.Within(matching, maxDoc);
    }

    public void Add(int doc, float score, ClauseRole role)
    {
        if (role == ClauseRole.Prohibited)
        {
            prohibited![doc >> 6] |= 1L << doc;
            return;
        }

        ref var word = ref touched[doc >> 6];
        var bit = 1L << doc;
        if ((word & bit) == 0)
        {
            word |= bit;
            touchedCount++;
        }

        sums[doc] += score;
        matched[doc]++;
        if (role == ClauseRole.Required)
        {
            requiredMatched![doc]++;
        }
    }

    /// <summary>The documents that matched every required clause, at least <paramref name="minimumOptional"/> optional ones and no prohibited one.</summary>
    public SegmentHits Collect(int required, int minimumOptional, float[] coords)
    {
        var hits = SegmentHits.Rent(touchedCount);
        for (var w = 0; w < Words(maxDoc); w++)
        {
            var bits = touched[w];
            while (bits != 0)
            {
                var doc = (w << 6) + BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
                var all = matched[doc];
                var requiredHere = requiredMatched is null ? 0 : requiredMatched[doc];
                if (requiredHere == required && all - requiredHere >= minimumOptional && (prohibited is null || (prohibited[doc >> 6] & (1L << doc)) == 0))
                {
                    hits.Append(doc, sums[doc] * coords[all]);
                }
            }
        }

        return hits;
    }

    public void Release()
    {
        Return(sums, maxDoc);
        Return(matched, maxDoc);
        Return(requiredMatched, maxDoc);
        Return(touched, Words(maxDoc));
        Return(prohibited, Words(maxDoc));
        snapshots.ForEach(snapshot => Return(snapshot, Words(maxDoc)));
    }

    private static int Words(int maxDoc) => (maxDoc + 63) >> 6;

    private static T[] RentCleared<T>(int length)
    {
        var array = ArrayPool<T>.Shared.Rent(Math.Max(length, 1));
        Array.Clear(array, 0, length);
        return array;
    }

    private static void Return<T>(T[]? array, int length)
    {
        if (array is not null)
        {
            ArrayPool<T>.Shared.Return(array);
        }
    }
}

/// <summary>One level's matches in a segment: documents ascending with their scores, in pooled arrays.</summary>
internal sealed class SegmentHits
{
    public static readonly SegmentHits Empty = new([], [], 0);

    private readonly bool pooled;

    private SegmentHits(int[] docs, float[] scores, int capacity)
    {
        Docs = docs;
        Scores = scores;
        pooled = capacity > 0;
    }

    public int[] Docs { get; }

    public float[] Scores { get; }

    public int Count { get; private set; }

    public static SegmentHits Rent(int capacity) => capacity == 0
        ? Empty
        : new SegmentHits(ArrayPool<int>.Shared.Rent(capacity), ArrayPool<float>.Shared.Rent(capacity), capacity);

    public void Append(int doc, float score)
    {
        Docs[Count] = doc;
        Scores[Count] = score;
        Count++;
    }

    public void Release()
    {
        if (pooled)
        {
            ArrayPool<int>.Shared.Return(Docs);
            ArrayPool<float>.Shared.Return(Scores);
        }
    }
}
