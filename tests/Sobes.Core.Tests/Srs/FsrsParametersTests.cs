using Sobes.Core.Srs;

namespace Sobes.Core.Tests.Srs;

public sealed class FsrsParametersTests
{
    private static readonly double[] AnkiFsrs6Defaults =
    [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ];

    [Fact]
    public void Default_parameters_are_fsrs6_defaults_of_fsrs_rs()
    {
        Assert.Equal(AnkiFsrs6Defaults, FsrsParameters.Default.Values);
        Assert.Equal(21, FsrsParameters.Count);
        Assert.Equal(0.1542, FsrsParameters.Default.Decay);
    }

    [Fact]
    public void Default_struct_value_behaves_as_the_default_parameters() =>
        Assert.Equal(FsrsParameters.Default, default(FsrsParameters));

    [Fact]
    public void Values_within_range_are_kept_exactly() =>
        Assert.Equal(AnkiFsrs6Defaults, FsrsParameters.Create(AnkiFsrs6Defaults).Values);

    [Theory]
    [InlineData(0, -5.0, 0.001)]
    [InlineData(3, 500.0, 100.0)]
    [InlineData(4, 0.2, 1.0)]
    [InlineData(4, 12.0, 10.0)]
    [InlineData(7, 0.9, 0.75)]
    [InlineData(8, -1.0, 0.0)]
    [InlineData(12, 0.5, 0.25)]
    [InlineData(16, 0.5, 1.0)]
    [InlineData(17, 3.0, 2.0)]
    [InlineData(19, 0.95, 0.8)]
    [InlineData(20, 0.05, 0.1)]
    [InlineData(20, 0.9, 0.8)]
    public void Each_parameter_is_clamped_into_its_range(int index, double given, double expected)
    {
        var values = AnkiFsrs6Defaults.ToArray();
        values[index] = given;
        var parameters = FsrsParameters.Create(values);
        Assert.Equal(expected, parameters[index]);
        Assert.Equal(AnkiFsrs6Defaults.Where((_, i) => i != index), parameters.Values.Where((_, i) => i != index));
    }

    [Fact]
    public void Every_parameter_has_a_range_that_holds_its_default()
    {
        for (var i = 0; i < FsrsParameters.Count; i++)
        {
            var (low, high) = FsrsParameters.RangeOf(i);
            Assert.InRange(AnkiFsrs6Defaults[i], low, high);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(17)]
    [InlineData(20)]
    [InlineData(22)]
    public void A_vector_of_the_wrong_length_is_rejected(int length) =>
        Assert.Throws<ArgumentException>(() => FsrsParameters.Create(new double[length]));

    [Fact]
    public void A_non_finite_parameter_is_rejected()
    {
        var values = AnkiFsrs6Defaults.ToArray();
        values[9] = double.NaN;
        Assert.Throws<ArgumentException>(() => FsrsParameters.Create(values));
    }

    [Fact]
    public void Fsrs5_vector_is_completed_with_no_short_term_exponent_and_decay_one_half()
    {
        var parameters = FsrsParameters.Create(AnkiFsrs6Defaults.Take(19));
        Assert.Equal(0.0, parameters[19]);
        Assert.Equal(0.5, parameters.Decay);
    }

    [Fact]
    public void Parameters_are_equal_when_their_values_are()
    {
        Assert.Equal(FsrsParameters.Create(AnkiFsrs6Defaults), FsrsParameters.Default);
        var other = AnkiFsrs6Defaults.ToArray();
        other[0] = 0.3;
        Assert.NotEqual(FsrsParameters.Create(other), FsrsParameters.Default);
    }
}
