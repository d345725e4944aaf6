using Sobes.Core.Srs;

namespace Sobes.Core.Tests.Srs;

public sealed class FsrsValueObjectsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(-1)]
    public void Rating_outside_one_to_four_is_rejected(int value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Rating(value));

    [Fact]
    public void Ratings_are_again_hard_good_easy_in_order()
    {
        Assert.Equal([1, 2, 3, 4], Rating.All.Select(r => r.Value));
        Assert.Equal("Again Hard Good Easy", string.Join(' ', Rating.All));
        Assert.False(Rating.Again.IsPass);
        Assert.True(Rating.Hard.IsPass);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Stability_must_be_finite_and_positive(double days) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Stability(days));

    [Fact]
    public void Clamped_stability_stays_within_fsrs_range()
    {
        Assert.Equal(Stability.MinDays, Stability.Clamped(-3).Days);
        Assert.Equal(Stability.MaxDays, Stability.Clamped(1e9).Days);
    }

    [Theory]
    [InlineData(0.99)]
    [InlineData(10.01)]
    [InlineData(double.NaN)]
    public void Difficulty_outside_one_to_ten_is_rejected(double value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Difficulty(value));

    [Theory]
    [InlineData(0.69)]
    [InlineData(0.995)]
    [InlineData(1.0)]
    public void Desired_retention_outside_seventy_to_ninety_nine_percent_is_rejected(double value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Retention(value));

    [Fact]
    public void Default_desired_retention_is_ninety_percent() => Assert.Equal(0.90, Retention.Default.Value);

    [Fact]
    public void Retention_bounds_themselves_are_accepted()
    {
        Assert.Equal(0.70, new Retention(0.70).Value);
        Assert.Equal(0.99, new Retention(0.99).Value);
    }
}
