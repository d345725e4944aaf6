using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Sobes.Data.Search;

/// <summary>
/// A filter whose documents are a bit set per index segment. Lucene applies a filter with random-access bits while
/// iterating the postings (documents outside it are never scored), where an iterator-only filter such as
/// <see cref="QueryWrapperFilter"/> makes every query clause advance to each filter document in turn. A segment's set
/// ignores deletions (they are applied on top) and lives as long as the segment's core, so the same filter on the
/// next search costs nothing; a segment keeps at most <see cref="MaxCachedPerSegment"/> filters.
/// </summary>
internal sealed class SegmentBitsFilter(Query query) : Filter
{
    private const int MaxCachedPerSegment = 64;

    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, FixedBitSet>> Cache = new();

    private readonly string key = query.ToString();

    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
    {
        var cached = Cache.GetValue(context.AtomicReader.CoreCacheKey, _ => new ConcurrentDictionary<string, FixedBitSet>(StringComparer.Ordinal));
        if (!cached.TryGetValue(key, out var bits))
        {
            bits = Collect(context);
            if (cached.Count < MaxCachedPerSegment)
            {
                cached.TryAdd(key, bits);
            }
        }

        return BitsFilteredDocIdSet.Wrap(bits, acceptDocs);
    }

    private FixedBitSet Collect(AtomicReaderContext context)
    {
        var bits = new FixedBitSet(context.AtomicReader.MaxDoc);
        var iterator = new QueryWrapperFilter(query).GetDocIdSet(context, null)?.GetIterator();
        if (iterator is not null)
        {
            bits.Or(iterator);
        }

        return bits;
    }

    public override bool Equals(object? obj) => obj is SegmentBitsFilter other && other.key == key;

    public override int GetHashCode() => key.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => $"SegmentBitsFilter({key})";
}
