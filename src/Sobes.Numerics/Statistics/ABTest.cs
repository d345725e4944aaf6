namespace Sobes.Numerics.Statistics;

/// <summary>Tests comparing a variant B with a control A.</summary>
public static class ABTest
{
    /// <summary>
    /// Two-proportion z-test of conversion rates. With <paramref name="pooled"/> (the usual test of
    /// H₀: p_A = p_B) SE = √(p̂(1 − p̂)(1/n_A + 1/n_B)) with p̂ the pooled rate; otherwise the unpooled
    /// SE = √(p_A(1 − p_A)/n_A + p_B(1 − p_B)/n_B) (Wald).
    /// </summary>
    public static TestResult Proportions(
        long successesA, long trialsA, long successesB, long trialsB,
        Alternative alternative = Alternative.TwoSided, bool pooled = true)
    {
        CheckCounts(successesA, trialsA, nameof(successesA));
        CheckCounts(successesB, trialsB, nameof(successesB));
        var pA = (double)successesA / trialsA;
        var pB = (double)successesB / trialsB;
        double variance;
        if (pooled)
        {
            var p = (double)(successesA + successesB) / (trialsA + trialsB);
            variance = p * (1 - p) * ((1.0 / trialsA) + (1.0 / trialsB));
        }
        else
        {
            variance = (pA * (1 - pA) / trialsA) + (pB * (1 - pB) / trialsB);
        }

        return TestResult.Of(pB - pA, Math.Sqrt(variance), double.PositiveInfinity, alternative);
    }

    /// <summary>
    /// Welch's t-test of means with unequal variances: SE = √(s_A²/n_A + s_B²/n_B) and the
    /// Welch–Satterthwaite degrees of freedom ν = SE⁴ / Σ (s²/n)² / (n − 1).
    /// </summary>
    public static TestResult WelchMeans(SampleSummary a, SampleSummary b, Alternative alternative = Alternative.TwoSided)
    {
        var va = a.VarianceOfMean;
        var vb = b.VarianceOfMean;
        var se2 = va + vb;
        var dof = se2 == 0 ? a.Count + b.Count - 2
            : se2 * se2 / ((va * va / (a.Count - 1)) + (vb * vb / (b.Count - 1)));
        return TestResult.Of(b.Mean - a.Mean, Math.Sqrt(se2), dof, alternative);
    }

    /// <summary>
    /// Student's t-test of means assuming equal variances: pooled s_p² = ((n_A−1)s_A² + (n_B−1)s_B²) / (n_A+n_B−2),
    /// SE = s_p·√(1/n_A + 1/n_B), ν = n_A + n_B − 2.
    /// </summary>
    public static TestResult PooledMeans(SampleSummary a, SampleSummary b, Alternative alternative = Alternative.TwoSided)
    {
        var dof = a.Count + b.Count - 2;
        var pooled = (((a.Count - 1) * a.StandardDeviation * a.StandardDeviation)
            + ((b.Count - 1) * b.StandardDeviation * b.StandardDeviation)) / dof;
        var se = Math.Sqrt(pooled * ((1.0 / a.Count) + (1.0 / b.Count)));
        return TestResult.Of(b.Mean - a.Mean, se, dof, alternative);
    }

    /// <summary>
    /// Large-sample z-test of means: SE = √(s_A²/n_A + s_B²/n_B) referred to the standard normal.
    /// </summary>
    public static TestResult ZMeans(SampleSummary a, SampleSummary b, Alternative alternative = Alternative.TwoSided) =>
        TestResult.Of(b.Mean - a.Mean, Math.Sqrt(a.VarianceOfMean + b.VarianceOfMean), double.PositiveInfinity, alternative);

    private static void CheckCounts(long successes, long trials, string name)
    {
        if (trials <= 0 || successes < 0 || successes > trials)
        {
            throw new ArgumentOutOfRangeException(name, successes, "Successes lie in [0, trials] and trials are positive.");
        }
    }
}
