using Sobes.Numerics.Statistics;

namespace Sobes.Numerics.Tests.Statistics;

public sealed class DistributionTests
{
    [Theory]
    [InlineData(0, 0.5)]
    [InlineData(1.96, 0.9750021048517795)]
    [InlineData(-1, 0.15865525393145707)]
    [InlineData(-3, 0.0013498980316300946)]
    [InlineData(1, 0.8413447460685429)]
    public void Normal_cdf_matches_published_values(double x, double expected) =>
        Assert.Equal(expected, Normal.Cdf(x), 15);

    [Theory]
    [InlineData(-5, 2.866515718791939e-07)]
    [InlineData(-10, 7.619853024160527e-24)]
    [InlineData(-20, 2.7536241186062337e-89)]
    public void Normal_lower_tail_keeps_relative_precision(double x, double expected) =>
        Assert.True(Math.Abs((Normal.Cdf(x) / expected) - 1) < 1e-12, $"{Normal.Cdf(x)} vs {expected}");

    [Theory]
    [InlineData(0.975, 1.959963984540054)]
    [InlineData(0.5, 0)]
    [InlineData(0.001, -3.090232306167813)]
    [InlineData(1e-10, -6.361340902404056)]
    public void Normal_quantile_matches_published_values(double p, double expected) =>
        Assert.True(Math.Abs(Normal.Quantile(p) - expected) < 1e-13, $"{Normal.Quantile(p)} vs {expected}");

    [Theory]
    [InlineData(-30)]
    [InlineData(-3.2)]
    [InlineData(-0.01)]
    [InlineData(0.7)]
    [InlineData(12)]
    public void Student_t_with_one_degree_is_the_cauchy_distribution(double t) =>
        Assert.True(Math.Abs(StudentT.Cdf(t, 1) - (0.5 + (Math.Atan(t) / Math.PI))) < 1e-14);

    [Theory]
    [InlineData(-7)]
    [InlineData(-1.5)]
    [InlineData(0.3)]
    [InlineData(4)]
    public void Student_t_with_two_degrees_has_its_closed_form(double t) =>
        Assert.True(Math.Abs(StudentT.Cdf(t, 2) - (0.5 + (t / (2 * Math.Sqrt(2 + (t * t)))))) < 1e-14);

    [Fact]
    public void Student_t_tail_is_accurate_far_out()
    {
        // Cauchy tail: F(−t) = atan(1/t)/π for t > 0, computed without cancellation.
        var t = 1e6;
        Assert.True(Math.Abs((StudentT.Cdf(-t, 1) / (Math.Atan(1 / t) / Math.PI)) - 1) < 1e-12);
    }

    [Theory]
    [InlineData(0.975, 1, 12.706204736174705)]
    [InlineData(0.975, 10, 2.2281388519649385)]
    [InlineData(0.975, 30, 2.0422724563012373)]
    public void Student_t_quantiles_match_tables(double p, double dof, double expected) =>
        Assert.True(Math.Abs(StudentT.Quantile(p, dof) - expected) < 1e-10, $"{StudentT.Quantile(p, dof)} vs {expected}");

    [Theory]
    [InlineData(0.95)]
    [InlineData(0.999)]
    [InlineData(0.2)]
    public void Student_t_quantile_inverts_the_closed_form_for_five_degrees(double p)
    {
        // F(t; 5) = ½ + (θ + sinθ·cosθ·(1 + ⅔cos²θ))/π with θ = atan(t/√5) (Abramowitz and Stegun 26.7.3).
        var t = StudentT.Quantile(p, 5);
        var theta = Math.Atan(t / Math.Sqrt(5));
        var c = Math.Cos(theta);
        var closed = 0.5 + ((theta + (Math.Sin(theta) * c * (1 + (2.0 / 3 * c * c)))) / Math.PI);
        Assert.True(Math.Abs(closed - p) < 1e-14, $"{closed} vs {p}");
    }

    [Fact]
    public void Student_t_approaches_the_normal_for_many_degrees() =>
        Assert.True(Math.Abs(StudentT.Cdf(1.96, 1e7) - Normal.Cdf(1.96)) < 1e-7);
}
