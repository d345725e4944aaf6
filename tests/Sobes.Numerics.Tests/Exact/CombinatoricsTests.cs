using System.Numerics;
using Sobes.Numerics.Exact;

namespace Sobes.Numerics.Tests.Exact;

public sealed class CombinatoricsTests
{
    [Fact]
    public void There_are_2598960_five_card_hands() =>
        Assert.Equal(new BigInteger(2_598_960), Combinatorics.Binomial(52, 5));

    [Fact]
    public void A_flush_of_any_kind_has_probability_33_over_16660()
    {
        // Four suits, C(13, 5) hands each (straight flushes included).
        var flush = new Rational(4 * Combinatorics.Binomial(13, 5), Combinatorics.Binomial(52, 5));
        Assert.Equal(new Rational(33, 16660), flush);
    }

    [Fact]
    public void Exactly_three_aces_is_hypergeometric() =>
        Assert.Equal(new Rational(4 * 1128, 2_598_960), Combinatorics.Hypergeometric(52, 4, 5, 3));

    [Fact]
    public void Binomial_coefficient_outside_the_range_is_zero()
    {
        Assert.Equal(BigInteger.Zero, Combinatorics.Binomial(5, 6));
        Assert.Equal(BigInteger.Zero, Combinatorics.Binomial(5, -1));
        Assert.Equal(new BigInteger(3_628_800), Combinatorics.Factorial(10));
    }

    [Fact]
    public void Binomial_probability_of_two_heads_in_three_tosses_is_three_eighths() =>
        Assert.Equal(new Rational(3, 8), Combinatorics.BinomialProbability(3, 2, new Rational(1, 2)));

    [Fact]
    public void Rare_disease_test_gives_the_classic_small_posterior()
    {
        // Prevalence 1%, sensitivity 99%, specificity 95%: 99 / (99 + 495) = 1/6.
        var ppv = Bayes.PositivePredictiveValue(new Rational(1, 100), new Rational(99, 100), new Rational(95, 100));
        Assert.Equal(new Rational(1, 6), ppv);
    }

    [Fact]
    public void Priors_that_do_not_sum_to_one_are_rejected() =>
        Assert.Throws<ArgumentException>(() => Bayes.Posteriors([new Rational(1, 2)], [Rational.One]));
}
