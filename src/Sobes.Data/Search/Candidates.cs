using System.Numerics;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Sobes.Data.Search;

/// <summary>
/// The documents of a segment a clause of a <see cref="TermAtATimeQuery"/> still needs to read: those Lucene accepts
/// (live and in the filter), narrowed to those that can still match once earlier clauses were read. A bit set is
/// tested in the postings loop itself; Lucene's own accepted documents, when not a bit set, are handed to the postings
/// reader as Lucene does.
/// </summary>
internal sealed class Candidates
{
    private readonly IBits? accepted;
    private readonly long[]? bits;
    private readonly int maxDoc;
    private int? count;

    private Candidates(IBits? accepted, long[]? bits, int maxDoc)
    {
        this.accepted = accepted;
        this.bits = bits;
        this.maxDoc = maxDoc;
    }

    /// <summary>What Lucene accepts in a segment of <paramref name="maxDoc"/> documents.</summary>
    public static Candidates Accepted(IBits? acceptDocs, int maxDoc) => acceptDocs is FixedBitSet set
        ? new Candidates(null, set.GetBits(), maxDoc)
        : new Candidates(acceptDocs, null, maxDoc);

    /// <summary>The documents in <paramref name="bits"/>, all of them accepted already.</summary>
    public static Candidates Within(long[] bits, int maxDoc) => new(null, bits, maxDoc);

    /// <summary>What to hand the postings reader: null when <see cref="Contains"/> does the testing.</summary>
    public IBits? ForPostings => accepted;

    /// <summary>The candidates as a bit set, or null when Lucene's accepted documents (if any) are all there is.</summary>
    public long[]? Bits => bits;

    /// <summary>Lucene's accepted documents when they are not a bit set (deletions, a filter over them), else null.</summary>
    public IBits? Filter => bits is null ? accepted : null;

    /// <summary>How many documents the bit set holds (counted once); for a bit set only.</summary>
    public int Count => count ??= bits!.Take((maxDoc + 63) >> 6).Sum(word => BitOperations.PopCount((ulong)word));

    /// <summary>Whether the candidates are a bit set, which <see cref="Next"/> walks.</summary>
    public bool IsBitSet => bits is not null;

    public bool Contains(int doc) => bits is null || (bits[doc >> 6] & (1L << doc)) != 0;

    /// <summary>Whether <paramref name="doc"/> is a candidate, testing Lucene's accepted documents too.</summary>
    public bool Accepts(int doc) => bits is null ? accepted is null || accepted.Get(doc) : (bits[doc >> 6] & (1L << doc)) != 0;

    /// <summary>The first candidate at or after <paramref name="from"/>, or NO_MORE_DOCS; for a bit set only.</summary>
    public int Next(int from)
    {
        if (from >= maxDoc)
        {
            return DocIdSetIterator.NO_MORE_DOCS;
        }

        var w = from >> 6;
        var word = bits![w] & (-1L << from);
        while (word == 0)
        {
            if (++w == (maxDoc + 63) >> 6)
            {
                return DocIdSetIterator.NO_MORE_DOCS;
            }

            word = bits[w];
        }

        var doc = (w << 6) + BitOperations.TrailingZeroCount(word);
        return doc < maxDoc ? doc : DocIdSetIterator.NO_MORE_DOCS;
    }

    /// <summary>The candidates as Lucene bits, for a clause Lucene scores itself.</summary>
    public IBits? AsBits() => bits is null ? accepted : new BitsView(bits, maxDoc);

    private sealed class BitsView(long[] bits, int length) : IBits
    {
        public int Length => length;

        public bool Get(int index) => (bits[index >> 6] & (1L << index)) != 0;
    }
}
