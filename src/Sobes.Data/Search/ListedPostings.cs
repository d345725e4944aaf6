using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Sobes.Data.Search;

/// <summary>
/// A segment's documents a phrase scorer is to visit, handed to Lucene's phrase weight as its accepted documents over
/// <see cref="ListedPostings"/>. Lucene's postings readers skip rejected documents one by one, so a short list of
/// accepted documents among common terms still costs every posting of those terms; the listed view instead jumps from
/// listed document to listed document with the postings' skip lists.
/// </summary>
internal sealed class ListedDocs(int[] docs, int count, long[] bits, int maxDoc) : IBits
{
    public int Length => maxDoc;

    public int Count => count;

    public int this[int index] => docs[index];

    public bool Get(int index) => (bits[index >> 6] & (1L << index)) != 0;
}

/// <summary>
/// A reader's segments, each seen through a view whose positions, asked for with <see cref="ListedDocs"/> as the
/// accepted documents, visit only the listed documents. The view keeps the segments' order, so a leaf of the view has
/// the same ord as its segment and the term states of a weight built on the reader apply to it unchanged.
/// </summary>
internal static class ListedPostings
{
    private static readonly ConditionalWeakTable<IndexReader, MultiReader> Views = new();

    /// <summary>The view of <paramref name="segment"/>, for a weight built on the segment's top reader.</summary>
    public static AtomicReaderContext Of(AtomicReaderContext segment)
    {
        var top = ReaderUtil.GetTopLevelContext(segment).Reader;
        var view = Views.GetValue(top, reader => new MultiReader(
            reader.Leaves.Select(leaf => (IndexReader)new ListedReader(leaf.AtomicReader)).ToArray(),
            closeSubReaders: false));
        return view.Leaves[segment.Ord];
    }

    private sealed class ListedReader(AtomicReader segment) : FilterAtomicReader(segment)
    {
        public override Fields Fields => base.Fields is { } fields ? new ListedFields(fields, m_input) : null!;
    }

    private sealed class ListedFields(Fields fields, AtomicReader segment) : FilterAtomicReader.FilterFields(fields)
    {
        public override Terms GetTerms(string field) => base.GetTerms(field) is { } terms ? new ListedTerms(terms, field, segment) : null!;
    }

    private sealed class ListedTerms(Terms terms, string field, AtomicReader segment) : FilterAtomicReader.FilterTerms(terms)
    {
        public override TermsEnum GetEnumerator() => new ListedTermsEnum(m_input.GetEnumerator(), field, segment);

        public override TermsEnum GetEnumerator(TermsEnum reuse) => new ListedTermsEnum(m_input.GetEnumerator(), field, segment);
    }

    private sealed class ListedTermsEnum(TermsEnum terms, string field, AtomicReader segment) : FilterAtomicReader.FilterTermsEnum(terms)
    {
        public override void SeekExact(BytesRef term, TermState state) => m_input.SeekExact(term, state);

        public override TermState GetTermState() => m_input.GetTermState();

        public override DocsAndPositionsEnum DocsAndPositions(IBits liveDocs, DocsAndPositionsEnum reuse, DocsAndPositionsFlags flags)
        {
            if (liveDocs is not ListedDocs listed)
            {
                return m_input.DocsAndPositions(liveDocs, null, flags);
            }

            if (flags == DocsAndPositionsFlags.NONE && SegmentPostings.Of(segment).KeptPositions(new Term(field, m_input.Term)) is { } kept)
            {
                return new KeptListedPositions(kept, listed);
            }

            return m_input.DocsAndPositions(null, null, flags) is { } positions ? new ListedPositions(positions, listed) : null!;
        }
    }

    /// <summary>As <see cref="ListedPositions"/>, over positions the segment keeps in memory: no skip lists, no blocks to decode.</summary>
    private sealed class KeptListedPositions(TermPositions kept, ListedDocs listed) : DocsAndPositionsEnum
    {
        private int next;
        private int from;
        private int posting = -1;
        private int position;
        private int doc = -1;

        public override int DocID => doc;

        public override int Freq => kept.Starts[posting + 1] - kept.Starts[posting];

        public override int NextDoc()
        {
            while (next < listed.Count)
            {
                var target = listed[next++];
                var at = Find(target);
                from = at >= 0 ? at + 1 : ~at;
                if (at >= 0)
                {
                    posting = at;
                    position = kept.Starts[at];
                    return doc = target;
                }
            }

            return doc = DocIdSetIterator.NO_MORE_DOCS;
        }

        public override int Advance(int target)
        {
            while (next < listed.Count && listed[next] < target)
            {
                next++;
            }

            return NextDoc();
        }

        public override int NextPosition() => kept.Positions[position++];

        // The target's posting at or after from, galloping: listed documents are few and far apart, but ascending.
        private int Find(int target)
        {
            var docs = kept.Docs;
            var step = 1;
            while (from + step < docs.Length && docs[from + step] < target)
            {
                step <<= 1;
            }

            var end = Math.Min(from + step + 1, docs.Length);
            return Array.BinarySearch(docs, from, end - from, target);
        }

        public override int StartOffset => -1;

        public override int EndOffset => -1;

        public override BytesRef? GetPayload() => null;

        public override long GetCost() => listed.Count;
    }

    /// <summary>A term's positions on the listed documents that hold it, reached by advancing, never by scanning.</summary>
    private sealed class ListedPositions(DocsAndPositionsEnum positions, ListedDocs listed) : FilterAtomicReader.FilterDocsAndPositionsEnum(positions)
    {
        private int next;
        private int doc = -1;

        public override int DocID => doc;

        public override int NextDoc()
        {
            while (next < listed.Count)
            {
                var target = listed[next++];
                var at = m_input.DocID < target ? m_input.Advance(target) : m_input.DocID;
                if (at == DocIdSetIterator.NO_MORE_DOCS)
                {
                    break;
                }

                if (at == target)
                {
                    return doc = target;
                }

                while (next < listed.Count && listed[next] < at)
                {
                    next++;
                }
            }

            return doc = DocIdSetIterator.NO_MORE_DOCS;
        }

        public override int Advance(int target)
        {
            while (next < listed.Count && listed[next] < target)
            {
                next++;
            }

            return NextDoc();
        }

        public override long GetCost() => listed.Count;
    }
}
