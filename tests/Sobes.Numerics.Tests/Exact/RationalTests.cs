using System.Numerics;
using Sobes.Numerics.Exact;

namespace Sobes.Numerics.Tests.Exact;

public sealed class RationalTests
{
    [Theory]
    [InlineData("3/8")]
    [InlineData("0.375")]
    [InlineData("0,375")]
    [InlineData("37.5%")]
    [InlineData(" 6 / 16 ")]
    [InlineData("3.75e-1")]
    public void Every_spelling_of_three_eighths_parses_exactly(string text) =>
        Assert.Equal(new Rational(3, 8), Rational.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1/0")]
    [InlineData("1..2")]
    [InlineData("--1")]
    public void Garbage_does_not_parse(string text) => Assert.False(Rational.TryParse(text, out _));

    [Fact]
    public void Fractions_are_kept_in_lowest_terms_with_a_positive_denominator()
    {
        var r = new Rational(6, -8);
        Assert.Equal(new BigInteger(-3), r.Numerator);
        Assert.Equal(new BigInteger(4), r.Denominator);
        Assert.Equal("-3/4", r.ToString());
        Assert.Equal(Rational.Zero, new Rational(0, 5));
        Assert.Equal(BigInteger.One, default(Rational).Denominator);
    }

    [Fact]
    public void Arithmetic_is_exact()
    {
        var third = new Rational(1, 3);
        Assert.Equal(Rational.One, third + third + third);
        Assert.Equal(new Rational(1, 9), third * third);
        Assert.Equal(new Rational(3, 1), Rational.One / third);
        Assert.Equal(new Rational(27, 8), new Rational(2, 3).Pow(-3));
        Assert.True(new Rational(1, 3) < new Rational(1, 2));
    }

    [Fact]
    public void Huge_fractions_convert_to_the_nearest_double()
    {
        var big = new Rational(BigInteger.Pow(10, 400) + 1, BigInteger.Pow(10, 400) * 3);
        Assert.Equal(1.0 / 3, big.ToDouble(), 15);
        Assert.Equal(0.1, Rational.FromDouble(0.1).ToDouble());
        Assert.NotEqual(new Rational(1, 10), Rational.FromDouble(0.1));
    }
}
