using System.Buffers;
using System.Collections.Concurrent;
using System.Numerics;
using System.Runtime.CompilerServices;
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
        PhraseQuery phrase => new PhraseClause(phrase, searcher),
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
            return scorer is not null && into.AddScored(scorer, role);
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

        // A level adds its matches straight into the level above, without a list of them in between.
        public override bool AddTo(Accumulator into, ClauseRole role, AtomicReaderContext context, Candidates candidates) =>
            Read(context, candidates, (accumulator, minimumOptional) => accumulator.CollectInto(into, role, required, minimumOptional, coords), false);

        /// <summary>The level's matches in the segment, in document order; the caller releases them.</summary>
        public SegmentHits Evaluate(AtomicReaderContext context, Candidates accepted) =>
            Read(context, accepted, (accumulator, minimumOptional) => accumulator.Collect(required, minimumOptional, coords), SegmentHits.Empty);

        private T Read<T>(AtomicReaderContext context, Candidates accepted, Func<Accumulator, int, T> collect, T none)
        {
            var minimumOptional = Math.Max(minimumShould, required == 0 ? 1 : 0);
            if (optional < minimumOptional)
            {
                return none;
            }

            var accumulator = new Accumulator(context.AtomicReader.MaxDoc, clauses.Any(c => c.Role == ClauseRole.Prohibited));
            var collected = false;
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
                        accumulator.Reset();
                        collected = true;
                        return none;
                    }

                    requiredRead += role == ClauseRole.Required ? 1 : 0;
                    optionalRead += role == ClauseRole.Optional ? 1 : 0;
                }

                var result = collect(accumulator, minimumOptional);
                collected = true;
                return result;
            }
            finally
            {
                accumulator.Release(collected);
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
/// Per-document sums and clause counts of one boolean level over one segment. Only the documents a clause touched are
/// visited again, through a bit set, and reset as they are collected, so a level costs what its clauses matched, not
/// the segment's size: the per-document arrays go back to a pool of zeroed ones.
/// </summary>
internal sealed class Accumulator
{
    // A document's count of matching clauses in the low half, of matching required clauses in the high half
    // (a boolean query has at most 1,024 clauses).
    private const int RequiredUnit = 1 << 16;

    private readonly int maxDoc;
    private readonly DocArrays arrays;
    private readonly float[] sums;
    private readonly int[] counts;
    private readonly long[] touched;
    private readonly long[]? prohibited;
    private readonly List<long[]> snapshots = [];

    public Accumulator(int maxDoc, bool hasProhibited)
    {
        this.maxDoc = maxDoc;
        arrays = DocArrays.Take(maxDoc);
        sums = arrays.Sums;
        counts = arrays.Counts;
        touched = RentCleared(Words(maxDoc));
        prohibited = hasProhibited ? RentCleared(Words(maxDoc)) : null;
    }

    /// <summary>The documents some clause has matched so far (and any a later clause adds).</summary>
    public Candidates Touched => Candidates.Within(touched, maxDoc);

    /// <summary>The documents that matched all <paramref name="count"/> required clauses read so far.</summary>
    public Candidates MatchingRequired(int count)
    {
        var words = Words(maxDoc);
        var matching = RentCleared(words);
        snapshots.Add(matching);
        for (var w = 0; w < words; w++)
        {
            var bits = touched[w];
            while (bits != 0)
            {
                var doc = (w << 6) + BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
                if (counts[doc] >> 16 == count)
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

        Accumulate(doc, score, role == ClauseRole.Required ? RequiredUnit + 1 : 1);
    }

    /// <summary>Adds every document <paramref name="scorer"/> matches, with its score; false when it matches none.</summary>
    public bool AddScored(Scorer scorer, ClauseRole role)
    {
        var any = false;
        for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
        {
            Add(doc, role == ClauseRole.Prohibited ? 0f : scorer.GetScore(), role);
            any = true;
        }

        return any;
    }

    /// <summary>
    /// Adds a kept term's postings that are candidates, each scoring tf times <paramref name="weight"/> times the
    /// document's length norm: the loop of every common term, kept tight (no call or role test per posting).
    /// </summary>
    public bool AddPostings(TermPostings postings, float weight, float[]? lengthNorms, Candidates candidates, ClauseRole role)
    {
        if (role == ClauseRole.Prohibited || candidates.Filter is not null)
        {
            return AddEach(postings, weight, lengthNorms, candidates, role);
        }

        var docs = postings.Docs;
        var tfs = postings.Tfs;
        var bits = candidates.Bits;
        var increment = role == ClauseRole.Required ? RequiredUnit + 1 : 1;
        if (bits is not null && postings.ByDoc is { } byDoc && candidates.Count < docs.Length)
        {
            return AddCandidates(byDoc, weight, lengthNorms, bits, increment);
        }

        if (bits is null)
        {
            for (var i = 0; i < docs.Length; i++)
            {
                var doc = docs[i];
                Accumulate(doc, lengthNorms is null ? tfs[i] * weight : tfs[i] * weight * lengthNorms[doc], increment);
            }

            return docs.Length > 0;
        }

        return lengthNorms is null
            ? AddWithin(docs, tfs, weight, bits, increment)
            : AddWithin(docs, tfs, weight, lengthNorms, bits, increment);
    }

    // The postings that are candidates; the two loops differ only in the length norm, tested once per term, not per posting.
    private bool AddWithin(int[] docs, float[] tfs, float weight, long[] bits, int increment)
    {
        var added = 0;
        for (var i = 0; i < docs.Length; i++)
        {
            var doc = docs[i];
            if ((bits[doc >> 6] & (1L << doc)) != 0)
            {
                Accumulate(doc, tfs[i] * weight, increment);
                added++;
            }
        }

        return added > 0;
    }

    private bool AddWithin(int[] docs, float[] tfs, float weight, float[] lengthNorms, long[] bits, int increment)
    {
        var added = 0;
        for (var i = 0; i < docs.Length; i++)
        {
            var doc = docs[i];
            if ((bits[doc >> 6] & (1L << doc)) != 0)
            {
                Accumulate(doc, tfs[i] * weight * lengthNorms[doc], increment);
                added++;
            }
        }

        return added > 0;
    }

    // Fewer candidates than postings: each candidate's tf is looked up instead (a tf of zero: the term is absent).
    private bool AddCandidates(float[] byDoc, float weight, float[]? lengthNorms, long[] bits, int increment)
    {
        var added = 0;
        for (var w = 0; w < Words(maxDoc); w++)
        {
            var word = bits[w];
            while (word != 0)
            {
                var doc = (w << 6) + BitOperations.TrailingZeroCount(word);
                word &= word - 1;
                var tf = byDoc[doc];
                if (tf != 0f)
                {
                    Accumulate(doc, lengthNorms is null ? tf * weight : tf * weight * lengthNorms[doc], increment);
                    added++;
                }
            }
        }

        return added > 0;
    }

    // A clause's match: its score into the document's sum, one more matching clause (and required one, by the
    // increment) into its counts, and the document marked as touched. Inlined into every loop that adds.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Accumulate(int doc, float score, int increment)
    {
        touched[doc >> 6] |= 1L << doc;
        sums[doc] += score;
        counts[doc] += increment;
    }

    private bool AddEach(TermPostings postings, float weight, float[]? lengthNorms, Candidates candidates, ClauseRole role)
    {
        var any = false;
        for (var i = 0; i < postings.Docs.Length; i++)
        {
            var doc = postings.Docs[i];
            if (candidates.Accepts(doc))
            {
                var score = postings.Tfs[i] * weight;
                Add(doc, lengthNorms is null ? score : score * lengthNorms[doc], role);
                any = true;
            }
        }

        return any;
    }

    /// <summary>
    /// The documents that matched every required clause, at least <paramref name="minimumOptional"/> optional ones and
    /// no prohibited one, with their sums times coord.
    /// </summary>
    public SegmentHits Collect(int required, int minimumOptional, float[] coords)
    {
        var sink = new IntoHits(new Wanted(required, minimumOptional, prohibited), coords, SegmentHits.Rent(TouchedCount()));
        Drain(ref sink);
        return sink.Hits;
    }

    /// <summary>As <see cref="Collect"/>, adding each match to <paramref name="into"/> as a clause of <paramref name="role"/>.</summary>
    public bool CollectInto(Accumulator into, ClauseRole role, int required, int minimumOptional, float[] coords)
    {
        var sink = new IntoLevel(new Wanted(required, minimumOptional, prohibited), coords, into, role);
        Drain(ref sink);
        return sink.Found;
    }

    /// <summary>Zeroes what the clauses read so far touched, collecting nothing.</summary>
    public void Reset()
    {
        var sink = default(Nowhere);
        Drain(ref sink);
    }

    // Hands every touched document's counts and sum to the sink once, zeroing them for the next level. The sink is a
    // struct type argument, so each use compiles to a loop of its own with the sink's code inlined.
    private void Drain<TSink>(ref TSink sink)
        where TSink : struct, IDrainSink
    {
        for (var w = 0; w < Words(maxDoc); w++)
        {
            var bits = touched[w];
            touched[w] = 0;
            while (bits != 0)
            {
                var doc = (w << 6) + BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
                sink.Take(doc, counts[doc], sums[doc]);
                sums[doc] = 0f;
                counts[doc] = 0;
            }
        }
    }

    private int TouchedCount()
    {
        var count = 0;
        for (var w = 0; w < Words(maxDoc); w++)
        {
            count += BitOperations.PopCount((ulong)touched[w]);
        }

        return count;
    }

    /// <summary>Hands the arrays back; only once collected (or reset) are they zeroed for the next level.</summary>
    public void Release(bool collected)
    {
        if (collected)
        {
            arrays.Return();
        }

        ArrayPool<long>.Shared.Return(touched);
        if (prohibited is not null)
        {
            ArrayPool<long>.Shared.Return(prohibited);
        }

        snapshots.ForEach(snapshot => ArrayPool<long>.Shared.Return(snapshot));
    }

    private static int Words(int maxDoc) => (maxDoc + 63) >> 6;

    private static long[] RentCleared(int length)
    {
        var array = ArrayPool<long>.Shared.Rent(Math.Max(length, 1));
        Array.Clear(array, 0, length);
        return array;
    }

    /// <summary>What a document's counts must be for the level to match it: every required clause, enough optional ones, no prohibited one.</summary>
    private readonly struct Wanted(int required, int minimumOptional, long[]? prohibited)
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Admits(int doc, int counts)
        {
            var requiredHere = counts >> 16;
            return requiredHere == required && (counts & (RequiredUnit - 1)) - requiredHere >= minimumOptional
                && (prohibited is null || (prohibited[doc >> 6] & (1L << doc)) == 0);
        }
    }

    private interface IDrainSink
    {
        void Take(int doc, int counts, float sum);
    }

    // A level's matches as the segment's hits.
    private struct IntoHits(Wanted wanted, float[] coords, SegmentHits hits) : IDrainSink
    {
        public readonly SegmentHits Hits => hits;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void Take(int doc, int counts, float sum)
        {
            if (wanted.Admits(doc, counts))
            {
                hits.Append(doc, sum * coords[counts & (RequiredUnit - 1)]);
            }
        }
    }

    // A level's matches as one clause of the level above.
    private struct IntoLevel(Wanted wanted, float[] coords, Accumulator into, ClauseRole role) : IDrainSink
    {
        private readonly int increment = role == ClauseRole.Required ? RequiredUnit + 1 : 1;

        public bool Found { get; private set; }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Take(int doc, int counts, float sum)
        {
            if (!wanted.Admits(doc, counts))
            {
                return;
            }

            var score = sum * coords[counts & (RequiredUnit - 1)];
            if (role == ClauseRole.Prohibited)
            {
                into.Add(doc, score, role);
            }
            else
            {
                into.Accumulate(doc, score, increment);
            }

            Found = true;
        }
    }

    private struct Nowhere : IDrainSink
    {
        public readonly void Take(int doc, int counts, float sum)
        {
        }
    }

    /// <summary>A segment's worth of sums and counts, all zero while pooled.</summary>
    private sealed class DocArrays
    {
        private const int MaxPooled = 16;

        private static readonly ConcurrentBag<DocArrays> Zeroed = [];

        private DocArrays(int length)
        {
            Sums = new float[length];
            Counts = new int[length];
        }

        public float[] Sums { get; }

        public int[] Counts { get; }

        public static DocArrays Take(int maxDoc)
        {
            // A pooled pair too short for this segment is dropped: segments only grow by merging.
            return Zeroed.TryTake(out var pooled) && pooled.Sums.Length >= maxDoc ? pooled : new DocArrays(maxDoc);
        }

        public void Return()
        {
            if (Zeroed.Count < MaxPooled)
            {
                Zeroed.Add(this);
            }
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
