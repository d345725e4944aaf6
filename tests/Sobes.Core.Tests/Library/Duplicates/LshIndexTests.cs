using Sobes.Core.Library.Duplicates;

namespace Sobes.Core.Tests.Library.Duplicates;

public sealed class LshIndexTests
{
    [Fact]
    public void A_near_identical_set_is_a_candidate_and_an_unrelated_one_is_not()
    {
        var (original, close) = RandomSets.Pair(seed: 3, sizeA: 200, sizeB: 200, common: 190);
        var (_, unrelated) = RandomSets.Pair(seed: 4, sizeA: 200, sizeB: 200, common: 0);
        var index = new LshIndex();
        index.Add(7, MinHasher.Default.Compute(original));

        Assert.Equal([7L], index.Query(MinHasher.Default.Compute(close)));
        Assert.Empty(index.Query(MinHasher.Default.Compute(unrelated)));
    }

    [Fact]
    public void Each_candidate_is_returned_once_in_order_of_discovery()
    {
        var signature = MinHasher.Default.Compute(RandomSets.Pair(seed: 5, sizeA: 80, sizeB: 80, common: 80).A);
        var index = new LshIndex();
        index.Add(2, signature);
        index.Add(1, signature);

        Assert.Equal([1L, 2L], index.Query(signature));
        Assert.Equal(2, index.Count);
    }

    [Theory]
    [InlineData(0.6, 0.98, 1.0)]
    [InlineData(0.5, 0.85, 0.9)]
    [InlineData(0.3, 0.2, 0.25)]
    [InlineData(0.1, 0.0, 0.01)]
    public void The_default_bands_favour_recall_above_a_jaccard_of_one_half(double jaccard, double low, double high)
    {
        double probability = LshIndex.CandidateProbability(jaccard, bands: 32, rows: 4);

        Assert.InRange(probability, low, high);
    }

    [Fact]
    public void A_signature_shorter_than_the_bands_is_rejected() =>
        Assert.Throws<ArgumentException>(() => new LshIndex(32, 4).Add(1, new MinHasher(64).Compute([1UL])));
}
