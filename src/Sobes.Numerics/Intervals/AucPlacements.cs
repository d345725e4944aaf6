using Sobes.Numerics.Curves;

namespace Sobes.Numerics.Intervals;

/// <summary>
/// DeLong's placement values of each tie group (DeLong, DeLong and Clarke-Pearson 1988, Biometrics 44:837):
/// V₁₀ of a positive is the share of negatives it outranks (ties ½); V₀₁ of a negative is the share of
/// positives that outrank it. AUC is the mean of either, and leaving one observation out changes the
/// AUC by its placement, which also gives the jackknife.
/// </summary>
internal sealed class AucPlacements
{
    public AucPlacements(TiedScores ties)
    {
        Ties = ties;
        PositivePlacement = new double[ties.Count];
        NegativePlacement = new double[ties.Count];
        double negativesBelow = 0;
        for (var g = 0; g < ties.Count; g++)
        {
            PositivePlacement[g] = (negativesBelow + (0.5 * ties.Negatives[g])) / ties.TotalNegatives;
            negativesBelow += ties.Negatives[g];
        }

        double positivesAbove = 0;
        for (var g = ties.Count - 1; g >= 0; g--)
        {
            NegativePlacement[g] = (positivesAbove + (0.5 * ties.Positives[g])) / ties.TotalPositives;
            positivesAbove += ties.Positives[g];
        }

        Auc = ties.MannWhitneyU() / ((double)ties.TotalPositives * ties.TotalNegatives);
    }

    public TiedScores Ties { get; }

    /// <summary>V₁₀ shared by the positives of each group.</summary>
    public double[] PositivePlacement { get; }

    /// <summary>V₀₁ shared by the negatives of each group.</summary>
    public double[] NegativePlacement { get; }

    public double Auc { get; }

    /// <summary>Var(AUC) = S₁₀/m + S₀₁/n with S the sample variances of the placements.</summary>
    public double DeLongVariance()
    {
        double m = Ties.TotalPositives, n = Ties.TotalNegatives;
        double s10 = 0, s01 = 0;
        for (var g = 0; g < Ties.Count; g++)
        {
            s10 += Ties.Positives[g] * Square(PositivePlacement[g] - Auc);
            s01 += Ties.Negatives[g] * Square(NegativePlacement[g] - Auc);
        }

        return (s10 / (m - 1) / m) + (s01 / (n - 1) / n);
    }

    /// <summary>
    /// Efron's acceleration a = Σ(θ̄ − θ₍ᵢ₎)³ / (6·(Σ(θ̄ − θ₍ᵢ₎)²)^{3/2}) from the leave-one-out AUCs:
    /// dropping a positive gives (mnθ − n·V₁₀)/((m − 1)n), dropping a negative (mnθ − m·V₀₁)/(m(n − 1)).
    /// </summary>
    public double JackknifeAcceleration()
    {
        double m = Ties.TotalPositives, n = Ties.TotalNegatives;
        var u = Auc * m * n;
        var total = m + n;
        double sum = 0;
        for (var g = 0; g < Ties.Count; g++)
        {
            sum += Ties.Positives[g] * LeavePositive(g) + (Ties.Negatives[g] * LeaveNegative(g));
        }

        var mean = sum / total;
        double squares = 0, cubes = 0;
        for (var g = 0; g < Ties.Count; g++)
        {
            var dp = mean - LeavePositive(g);
            var dn = mean - LeaveNegative(g);
            squares += (Ties.Positives[g] * dp * dp) + (Ties.Negatives[g] * dn * dn);
            cubes += (Ties.Positives[g] * dp * dp * dp) + (Ties.Negatives[g] * dn * dn * dn);
        }

        return squares == 0 ? 0 : cubes / (6 * Math.Pow(squares, 1.5));

        double LeavePositive(int g) => (u - (n * PositivePlacement[g])) / ((m - 1) * n);
        double LeaveNegative(int g) => (u - (m * NegativePlacement[g])) / (m * (n - 1));
    }

    private static double Square(double x) => x * x;
}
