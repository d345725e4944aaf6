using Sobes.Numerics.Statistics;

namespace Sobes.Numerics.Tests.Statistics;

public sealed class ABTestTests
{
    [Fact]
    public void Two_proportion_z_test_uses_the_pooled_rate()
    {
        // 200/1000 vs 250/1000: pooled p = 0.225, SE = sqrt(0.225·0.775·0.002).
        var result = ABTest.Proportions(200, 1000, 250, 1000);
        var se = Math.Sqrt(0.225 * 0.775 * 0.002);
        Assert.Equal(0.05, result.Difference, 15);
        Assert.Equal(0.05 / se, result.Statistic, 12);
        Assert.Equal(2 * Normal.Cdf(-0.05 / se), result.PValue, 15);
        Assert.True(result.IsSignificant());
        Assert.Equal(double.PositiveInfinity, result.DegreesOfFreedom);
    }

    [Fact]
    public void One_sided_p_value_is_half_the_two_sided_in_the_claimed_direction()
    {
        var two = ABTest.Proportions(100, 1000, 120, 1000);
        var greater = ABTest.Proportions(100, 1000, 120, 1000, Alternative.Greater);
        var less = ABTest.Proportions(100, 1000, 120, 1000, Alternative.Less);
        Assert.Equal(two.PValue / 2, greater.PValue, 15);
        Assert.Equal(1 - greater.PValue, less.PValue, 14);
    }

    [Fact]
    public void Welch_test_uses_satterthwaite_degrees_of_freedom()
    {
        var a = new SampleSummary(10, 2, 20);
        var b = new SampleSummary(11.5, 3, 25);
        var result = ABTest.WelchMeans(a, b);
        double va = 4.0 / 20, vb = 9.0 / 25;
        var dof = (va + vb) * (va + vb) / ((va * va / 19) + (vb * vb / 24));
        Assert.Equal(dof, result.DegreesOfFreedom, 12);
        Assert.Equal(1.5 / Math.Sqrt(va + vb), result.Statistic, 12);
        Assert.Equal(2 * StudentT.Cdf(-result.Statistic, dof), result.PValue, 15);
    }

    [Fact]
    public void Pooled_t_test_with_two_degrees_has_a_closed_form_p_value()
    {
        var a = SampleSummary.Of([1.0, 3.0]);
        var b = SampleSummary.Of([4.0, 6.0]);
        var result = ABTest.PooledMeans(a, b);
        Assert.Equal(2, result.DegreesOfFreedom);
        var t = result.Statistic;
        Assert.Equal(3 / Math.Sqrt(2 * 0.5 * 2), t, 14);
        Assert.Equal(1 - (t / Math.Sqrt(2 + (t * t))), result.PValue, 14);
    }

    [Fact]
    public void Confidence_interval_of_a_z_test_spans_1_96_standard_errors()
    {
        var result = ABTest.ZMeans(new SampleSummary(0, 1, 100), new SampleSummary(1, 1, 100));
        var (lower, upper) = result.ConfidenceInterval();
        Assert.Equal(1 - (1.959963984540054 * Math.Sqrt(0.02)), lower, 12);
        Assert.Equal(1 + (1.959963984540054 * Math.Sqrt(0.02)), upper, 12);
    }
}
