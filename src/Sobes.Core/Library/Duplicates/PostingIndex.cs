using System.Runtime.InteropServices;

namespace Sobes.Core.Library.Duplicates;

/// <summary>
/// A multimap from 64-bit keys to ids: a dictionary holds each key's first posting inline and the rest in
/// one array of its own, so a key seen once costs no array, and walking a key's postings reads contiguous
/// memory (a query walks thousands of them: chains threaded through shared arrays cost a cache miss each).
/// A key's list stops growing at <see cref="MaxPostings"/>: a key that many texts share says little
/// about any of them, and the cap keeps every query bounded (hence the index near-linear overall).
/// </summary>
internal sealed class PostingIndex(int maxPostings)
{
    private readonly Dictionary<ulong, Bucket> buckets = [];

    public int MaxPostings { get; } = maxPostings;

    public int KeyCount => buckets.Count;

    public void Add(ulong key, long id)
    {
        ref Bucket bucket = ref CollectionsMarshal.GetValueRefOrAddDefault(buckets, key, out bool exists);
        if (!exists)
        {
            bucket = new Bucket(id, null, 1);
            return;
        }

        if (bucket.Count >= MaxPostings)
        {
            return;
        }

        long[]? rest = bucket.Rest;
        int used = bucket.Count - 1;
        if (rest is null || used == rest.Length)
        {
            long[] grown = new long[Math.Min(Math.Max(2, used * 2), MaxPostings - 1)];
            rest?.CopyTo(grown, 0);
            rest = grown;
        }

        rest[used] = id;
        bucket = new Bucket(bucket.First, rest, bucket.Count + 1);
    }

    /// <summary>Postings of <paramref name="key"/>, newest first; <paramref name="saturated"/> tells whether the list hit the cap.</summary>
    public PostingEnumerator Postings(ulong key, out bool saturated)
    {
        if (!buckets.TryGetValue(key, out Bucket bucket))
        {
            saturated = false;
            return default;
        }

        saturated = bucket.Count >= MaxPostings;
        return new PostingEnumerator(bucket.First, bucket.Rest, bucket.Count);
    }

    private readonly record struct Bucket(long First, long[]? Rest, int Count);

    /// <summary>Walks one key's postings without allocating.</summary>
    public struct PostingEnumerator(long first, long[]? rest, int count)
    {
        private int position = count;

        public readonly long Current => position == 0 ? first : rest![position - 1];

        public readonly PostingEnumerator GetEnumerator() => this;

        public bool MoveNext() => --position >= 0;
    }
}
