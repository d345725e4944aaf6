using System.Numerics;

namespace Sobes.Numerics.Exact;

/// <summary>Exact counting and the discrete distributions built on it.</summary>
public static class Combinatorics
{
    /// <summary>n! for n ≥ 0.</summary>
    public static BigInteger Factorial(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        var result = BigInteger.One;
        for (var i = 2; i <= n; i++) { result *= i; }
        return result;
    }

    /// <summary>
    /// The binomial coefficient C(n, k) = n! / (k!(n − k)!), 0 when k &lt; 0 or k &gt; n; computed by the
    /// product Π (n − k + i) / i, each partial product being itself a binomial coefficient.
    /// </summary>
    public static BigInteger Binomial(int n, int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        if (k < 0 || k > n) { return BigInteger.Zero; }
        k = Math.Min(k, n - k);
        var result = BigInteger.One;
        for (var i = 1; i <= k; i++) { result = result * (n - k + i) / i; }
        return result;
    }

    /// <summary>
    /// Hypergeometric probability of exactly <paramref name="observed"/> successes in <paramref name="draws"/>
    /// draws without replacement from <paramref name="population"/> items of which <paramref name="successes"/>
    /// are successes: C(K, k)·C(N − K, n − k) / C(N, n).
    /// </summary>
    public static Rational Hypergeometric(int population, int successes, int draws, int observed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(population);
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfNegative(draws);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, population);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(draws, population);
        return new Rational(
            Binomial(successes, observed) * Binomial(population - successes, draws - observed),
            Binomial(population, draws));
    }

    /// <summary>Binomial probability C(n, k)·pᵏ·(1 − p)ⁿ⁻ᵏ of k successes in n trials, exactly.</summary>
    public static Rational BinomialProbability(int trials, int successes, Rational p)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(trials);
        if (p < Rational.Zero || p > Rational.One) { throw new ArgumentOutOfRangeException(nameof(p), p, "A probability lies in [0, 1]."); }
        if (successes < 0 || successes > trials) { return Rational.Zero; }
        return Binomial(trials, successes) * p.Pow(successes) * (Rational.One - p).Pow(trials - successes);
    }
}
