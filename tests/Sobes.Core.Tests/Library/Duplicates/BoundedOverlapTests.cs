using FsCheck;
using FsCheck.Xunit;
using Sobes.Core.Library.Duplicates;

namespace Sobes.Core.Tests.Library.Duplicates;

public sealed class BoundedOverlapTests
{
    [Property(MaxTest = 200)]
    public bool A_bounded_count_is_exact_or_gives_up_only_below_the_bound(int seed, NonNegativeInt sizeA, NonNegativeInt sizeB, NonNegativeInt needed)
    {
        int a = sizeA.Get % 120;
        int b = sizeB.Get % 120;
        var random = new Random(seed);
        var (x, y) = RandomSets.Pair(random.Next(), a, b, common: random.Next(Math.Min(a, b) + 1));
        Array.Sort(x);
        Array.Sort(y);
        int exact = SortedSets.IntersectionCount(x, y);
        int bound = needed.Get % 130;

        int bounded = SortedSets.IntersectionCount(x, y, bound);

        return bounded == exact || (bounded == -1 && exact < bound);
    }

    [Property(MaxTest = 200)]
    public bool A_shingle_table_counts_what_the_sorted_merge_counts(int seed, NonNegativeInt sizeA, NonNegativeInt sizeB, NonNegativeInt needed)
    {
        int a = sizeA.Get % 300;
        int b = sizeB.Get % 300;
        var random = new Random(seed);
        var (x, y) = RandomSets.Pair(random.Next(), a, b, common: random.Next(Math.Min(a, b) + 1));
        if (seed % 3 == 0 && a > 0)
        {
            x[0] = 0;
        }

        Array.Sort(x);
        Array.Sort(y);
        int exact = SortedSets.IntersectionCount(x, y);
        int bound = needed.Get % 310;
        var table = new ShingleTable();
        table.Load(new ulong[500].Select((_, i) => (ulong)i + 1).ToArray());
        table.Load(x);

        int counted = table.IntersectionCount(y, x.Length, bound);

        return (counted == exact || (counted == -1 && exact < bound)) && table.IntersectionCount(y, x.Length, 0) == exact;
    }

    [Property(MaxTest = 300)]
    public bool A_sketch_never_bounds_the_shared_shingles_below_their_count(int seed, NonNegativeInt sizeA, NonNegativeInt sizeB)
    {
        int a = sizeA.Get % 2000;
        int b = sizeB.Get % 2000;
        var random = new Random(seed);
        var (x, y) = RandomSets.Pair(random.Next(), a, b, common: random.Next(Math.Min(a, b) + 1));
        Array.Sort(x);
        Array.Sort(y);

        int bound = ShingleSketch.SharedAtMost(ShingleSketch.Create(x)!, ShingleSketch.Create(y)!);

        return bound >= SortedSets.IntersectionCount(x, y) && bound <= Math.Min(a, b);
    }

    [Fact]
    public void A_sketch_bound_is_tight_for_equal_sets_and_close_for_unrelated_ones()
    {
        var (x, y) = RandomSets.Pair(7, 60, 60, common: 0);
        var sketch = ShingleSketch.Create(x)!;

        Assert.Equal(60, ShingleSketch.SharedAtMost(sketch, ShingleSketch.Create(x)!));
        Assert.InRange(ShingleSketch.SharedAtMost(sketch, ShingleSketch.Create(y)!), 0, 60 / 2);
    }

    [Fact]
    public void A_text_with_a_bucket_past_255_shingles_has_no_sketch_and_is_still_verified()
    {
        // 256 distinct values in bucket 0 (top bits zero).
        ulong[] crowded = Enumerable.Range(1, 256).Select(i => (ulong)i).ToArray();

        Assert.Null(ShingleSketch.Create(crowded));
        Assert.NotNull(ShingleSketch.Create(crowded.AsSpan(0, 255)));
    }

    [Fact]
    public void A_probe_made_ahead_finds_what_the_text_finds()
    {
        var byText = new NearDuplicateFinder();
        var byProbe = new NearDuplicateFinder();
        string[] texts =
        [
            .. DuplicateFixtures.LongPosts,
            .. DuplicateFixtures.LongPosts.Select(p => "📌 Повтор\n" + p),
            .. DuplicateFixtures.LongPosts.Select(p => DuplicateFixtures.FirstWords(p, 0.5)),
            "?!",
        ];
        var probes = texts.AsParallel().AsOrdered().Select(byProbe.Probe).ToList();

        for (int i = 0; i < texts.Length; i++)
        {
            Assert.Equal(byText.Add(i, texts[i]), byProbe.Add(i, probes[i]));
        }

        Assert.Equal(byText.Count, byProbe.Count);
    }

    [Fact]
    public void A_probe_from_another_finder_is_refused()
    {
        var probe = new NearDuplicateFinder().Probe(DuplicateFixtures.RussianRegularisation);

        Assert.Throws<ArgumentException>(() => new NearDuplicateFinder().Add(1, probe));
    }
}
