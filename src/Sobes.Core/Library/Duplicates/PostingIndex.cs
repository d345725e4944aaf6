using System.Runtime.InteropServices;

namespace Sobes.Core.Library.Duplicates;

/// <summary>
/// A multimap from 64-bit keys to ids: a dictionary holds each key's newest posting and count, and the
/// postings of one key are chained through two growable arrays, so a key seen once costs no list object.
/// A key's list stops growing at <see cref="MaxPostings"/>: a key that many texts share says little
/// about any of them, and the cap keeps every query bounded (hence the index near-linear overall).
/// </summary>
internal sealed class PostingIndex(int maxPostings)
{
    private readonly Dictionary<ulong, Bucket> buckets = [];
    private readonly List<long> ids = [];
    private readonly List<int> next = [];

    public int MaxPostings { get; } = maxPostings;

    public int KeyCount => buckets.Count;

    public void Add(ulong key, long id)
    {
        ref Bucket bucket = ref CollectionsMarshal.GetValueRefOrAddDefault(buckets, key, out bool exists);
        if (exists && bucket.Count >= MaxPostings)
        {
            return;
        }

        ids.Add(id);
        next.Add(exists ? bucket.Head : -1);
        bucket = new Bucket(ids.Count - 1, exists ? bucket.Count + 1 : 1);
    }

    /// <summary>Postings of <paramref name="key"/>, newest first; <paramref name="saturated"/> tells whether the list hit the cap.</summary>
    public PostingEnumerator Postings(ulong key, out bool saturated)
    {
        if (!buckets.TryGetValue(key, out Bucket bucket))
        {
            saturated = false;
            return new PostingEnumerator(this, -1);
        }

        saturated = bucket.Count >= MaxPostings;
        return new PostingEnumerator(this, bucket.Head);
    }

    private readonly record struct Bucket(int Head, int Count);

    /// <summary>Walks one key's chain without allocating.</summary>
    public struct PostingEnumerator(PostingIndex index, int head)
    {
        private int position = -2;

        public readonly long Current => index.ids[position];

        public readonly PostingEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            position = position == -2 ? head : index.next[position];
            return position >= 0;
        }
    }
}
