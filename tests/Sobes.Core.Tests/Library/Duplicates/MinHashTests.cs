using FsCheck;
using FsCheck.Xunit;
using Sobes.Core.Library.Duplicates;

namespace Sobes.Core.Tests.Library.Duplicates;

public sealed class MinHashTests
{
    [Fact]
    public void Signatures_are_deterministic_for_a_seed()
    {
        ulong[] set = RandomSets.Pair(seed: 1, sizeA: 100, sizeB: 100, common: 50).A;

        var first = new MinHasher(128, 42).Compute(set);
        var second = new MinHasher(128, 42).Compute(set);
        var otherSeed = new MinHasher(128, 43).Compute(set);

        Assert.True(first.Values.SequenceEqual(second.Values));
        Assert.False(first.Values.SequenceEqual(otherSeed.Values));
    }

    [Fact]
    public void Identical_sets_estimate_one_and_disjoint_sets_near_zero()
    {
        var (a, b) = RandomSets.Pair(seed: 2, sizeA: 200, sizeB: 200, common: 0);
        var hasher = MinHasher.Default;

        Assert.Equal(1.0, MinHashSignature.EstimatedJaccard(hasher.Compute(a), hasher.Compute(a.Reverse().ToArray())));
        Assert.True(MinHashSignature.EstimatedJaccard(hasher.Compute(a), hasher.Compute(b)) < 0.05);
    }

    [Fact]
    public void Signatures_of_different_lengths_cannot_be_compared() =>
        Assert.Throws<ArgumentException>(() => MinHashSignature.EstimatedJaccard(
            new MinHasher(64).Compute([1UL]), new MinHasher(128).Compute([1UL])));

    // Standard error at N = 128 is at most 0.044; 0.25 is over 5.5 of them, and the mean of ten absolute errors sits near 0.035.
    [Property(MaxTest = 100)]
    public bool Estimate_tracks_exact_jaccard_for_sets_of_50_to_500(int seed, NonNegativeInt sizeA, NonNegativeInt sizeB)
    {
        var random = new Random(seed);
        double totalError = 0;
        double worstError = 0;
        for (int pair = 0; pair < 10; pair++)
        {
            int a = 50 + (sizeA.Get + pair * 37) % 451;
            int b = 50 + (sizeB.Get + pair * 91) % 451;
            double error = RandomSets.EstimateError(random.Next(), a, b, common: random.Next(Math.Min(a, b) + 1));
            totalError += error;
            worstError = Math.Max(worstError, error);
        }

        return totalError / 10 <= 0.08 && worstError <= 0.25;
    }

    [Fact]
    public void At_least_97_percent_of_estimates_fall_within_0_15()
    {
        var random = new Random(2026);
        double[] errors = Enumerable.Range(0, 500).Select(_ =>
        {
            int a = random.Next(50, 501), b = random.Next(50, 501);
            return RandomSets.EstimateError(random.Next(), a, b, random.Next(Math.Min(a, b) + 1));
        }).ToArray();

        Assert.True(errors.Count(e => e <= 0.15) >= 485, $"{errors.Count(e => e > 0.15)} estimates off by more than 0.15");
        Assert.True(errors.Average() < 0.05, $"mean error {errors.Average():F3}");
    }
}
