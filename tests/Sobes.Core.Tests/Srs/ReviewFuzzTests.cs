using Sobes.Core.Srs;

namespace Sobes.Core.Tests.Srs;

/// <summary>The expected figures are those of Anki's own fuzz tests (rslib/src/scheduler/states/fuzz.rs).</summary>
public sealed class ReviewFuzzTests
{
    [Theory]
    [InlineData(1.0, 1, 1000, 1, 1, 1)]
    [InlineData(2.49, 1, 1000, 2, 2, 2)]
    [InlineData(2.5, 1, 1000, 2, 3, 4)]
    [InlineData(7.0, 1, 1000, 5, 7, 9)]
    [InlineData(17.0, 1, 1000, 14, 17, 20)]
    [InlineData(37.0, 1, 1000, 33, 37, 41)]
    [InlineData(2.0, 3, 1000, 3, 4, 4)]
    [InlineData(2.0, 3, 3, 3, 3, 3)]
    [InlineData(6.9, 3, 1000, 5, 7, 9)]
    [InlineData(19.9, 3, 1000, 17, 20, 23)]
    [InlineData(20.1, 3, 1000, 17, 20, 23)]
    [InlineData(100.0, 101, 1000, 101, 105, 108)]
    [InlineData(100.0, 1, 99, 92, 96, 99)]
    [InlineData(100.0, 97, 103, 97, 100, 103)]
    public void Fuzz_follows_ankis_ranges(double interval, int minimum, int maximum, int lower, int middle, int upper)
    {
        Assert.Equal(lower, ReviewFuzz.Apply(0.0, interval, minimum, maximum));
        Assert.Equal(middle, ReviewFuzz.Apply(0.5, interval, minimum, maximum));
        Assert.Equal(upper, ReviewFuzz.Apply(0.99, interval, minimum, maximum));
    }

    [Theory]
    [InlineData(1.5, 2)]
    [InlineData(0.1, 1)]
    [InlineData(101.0, 100)]
    public void Without_fuzz_the_interval_is_rounded_into_bounds(double interval, int expected) =>
        Assert.Equal(expected, ReviewFuzz.Apply(null, interval, 1, 100));

    [Fact]
    public void Fuzz_factor_is_fixed_by_card_id_and_repetition_count()
    {
        Assert.Equal(ReviewFuzz.Factor(1234567, 3), ReviewFuzz.Factor(1234567, 3));
        Assert.NotEqual(ReviewFuzz.Factor(1234567, 3), ReviewFuzz.Factor(1234567, 4));
        Assert.NotEqual(ReviewFuzz.Factor(1234567, 3), ReviewFuzz.Factor(7654321, 3));
    }

    [Fact]
    public void Fuzz_factors_lie_in_the_unit_interval_and_spread_across_it()
    {
        var factors = Enumerable.Range(0, 2000).Select(i => ReviewFuzz.Factor(1_700_000_000_000L + (i * 7919L), i % 13)).ToList();
        Assert.All(factors, f => Assert.InRange(f, 0.0, 1.0 - 1e-12));
        Assert.InRange(factors.Average(), 0.45, 0.55);
        Assert.InRange(factors.Count(f => f < 0.1), 150, 250);
    }

    [Fact]
    public void Fuzzed_interval_stays_within_fuzz_bounds_and_limits()
    {
        for (var tenths = 10; tenths <= 4000; tenths += 7)
        {
            var interval = tenths / 10.0;
            var (lower, upper) = ReviewFuzz.Bounds(interval, 1, 365);
            foreach (var factor in new[] { 0.0, 0.25, 0.5, 0.75, 0.999 })
            {
                var fuzzed = ReviewFuzz.Apply(factor, interval, 1, 365);
                Assert.InRange(fuzzed, lower, upper);
                Assert.InRange(fuzzed, 1, 365);
            }
        }
    }
}
