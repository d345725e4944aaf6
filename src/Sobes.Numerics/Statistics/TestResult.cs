namespace Sobes.Numerics.Statistics;

/// <summary>Which difference B − A the alternative hypothesis claims.</summary>
public enum Alternative
{
    /// <summary>B differs from A.</summary>
    TwoSided,

    /// <summary>B is greater than A.</summary>
    Greater,

    /// <summary>B is less than A.</summary>
    Less,
}

/// <summary>The outcome of a z- or t-test on the difference B − A.</summary>
/// <param name="Difference">Observed difference B − A.</param>
/// <param name="StandardError">Standard error of the difference used by the test.</param>
/// <param name="Statistic">z or t = difference / standard error.</param>
/// <param name="DegreesOfFreedom">For a t-test; +∞ for a z-test.</param>
/// <param name="PValue">Probability under H₀ of a statistic at least as extreme, for the alternative chosen.</param>
public readonly record struct TestResult(
    double Difference, double StandardError, double Statistic, double DegreesOfFreedom, double PValue)
{
    /// <summary>Whether H₀ is rejected at significance <paramref name="alpha"/> (p &lt; α).</summary>
    public bool IsSignificant(double alpha = 0.05) => PValue < alpha;

    /// <summary>Two-sided confidence interval for the difference: d ± q·SE, q the (1 + level)/2 quantile.</summary>
    public (double Lower, double Upper) ConfidenceInterval(double level = 0.95)
    {
        Guard.OpenProbability(level, nameof(level));
        var q = StudentT.Quantile((1 + level) / 2, DegreesOfFreedom);
        return (Difference - (q * StandardError), Difference + (q * StandardError));
    }

    internal static TestResult Of(double difference, double standardError, double degreesOfFreedom, Alternative alternative)
    {
        var statistic = standardError > 0 ? difference / standardError
            : difference == 0 ? 0 : Math.CopySign(double.PositiveInfinity, difference);
        var p = alternative switch
        {
            Alternative.Greater => StudentT.Survival(statistic, degreesOfFreedom),
            Alternative.Less => StudentT.Cdf(statistic, degreesOfFreedom),
            _ => Math.Min(1, 2 * StudentT.Cdf(-Math.Abs(statistic), degreesOfFreedom)),
        };
        return new TestResult(difference, standardError, statistic, degreesOfFreedom, p);
    }
}
