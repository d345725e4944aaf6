using Sobes.Numerics.Curves;
using Sobes.Numerics.Statistics;

namespace Sobes.Numerics.Intervals;

/// <summary>Confidence intervals for the ROC AUC of one classifier on one sample.</summary>
public static partial class AucConfidence
{
    /// <summary>
    /// DeLong's interval AUC ± z₁₋α/₂·√Var with Var = S₁₀/m + S₀₁/n from the placement values
    /// (DeLong, DeLong and Clarke-Pearson 1988), clipped to [0, 1]. Needs at least two of each class.
    /// </summary>
    public static AucInterval DeLong(ReadOnlySpan<bool> labels, ReadOnlySpan<double> scores, double level = 0.95)
    {
        Guard.OpenProbability(level, nameof(level));
        var placements = new AucPlacements(RequireBothClasses(labels, scores, minimum: 2));
        var se = Math.Sqrt(placements.DeLongVariance());
        var z = Normal.Quantile((1 + level) / 2);
        var auc = placements.Auc;
        return new AucInterval(auc, Math.Max(0, auc - (z * se)), Math.Min(1, auc + (z * se)), level, se);
    }

    /// <summary>
    /// Bootstrap interval from <paramref name="resamples"/> stratified resamples (positives and negatives
    /// each drawn with replacement from their own class, as pROC does). The scores are sorted once:
    /// a resample only changes how many times each tie group is drawn, so its AUC is one pass over the groups.
    /// </summary>
    public static AucInterval Bootstrap(
        ReadOnlySpan<bool> labels, ReadOnlySpan<double> scores, int resamples = 2000, long seed = 0,
        double level = 0.95, BootstrapMethod method = BootstrapMethod.Percentile)
    {
        Guard.OpenProbability(level, nameof(level));
        var ties = RequireBothClasses(labels, scores, minimum: method == BootstrapMethod.Percentile ? 1 : 2);
        var replicates = Replicates(ties, resamples, seed);
        Array.Sort(replicates);
        var auc = ties.MannWhitneyU() / ((double)ties.TotalPositives * ties.TotalNegatives);
        var alpha = 1 - level;
        var (lowQ, highQ) = method == BootstrapMethod.Percentile
            ? (alpha / 2, 1 - (alpha / 2))
            : BcaLevels(replicates, auc, new AucPlacements(ties).JackknifeAcceleration(), alpha);
        return new AucInterval(auc, Quantiles.Linear(replicates, lowQ), Quantiles.Linear(replicates, highQ), level,
            StandardDeviation(replicates));
    }

    /// <summary>The AUCs of <paramref name="resamples"/> stratified bootstrap resamples, in drawing order.</summary>
    public static double[] BootstrapReplicates(ReadOnlySpan<bool> labels, ReadOnlySpan<double> scores, int resamples, long seed) =>
        Replicates(RequireBothClasses(labels, scores, minimum: 1), resamples, seed);

    /// <summary>
    /// The percentile interval read off given bootstrap replicates: their α/2 and 1 − α/2 quantiles by
    /// linear interpolation between order statistics (numpy's default).
    /// </summary>
    public static (double Lower, double Upper) Percentile(ReadOnlySpan<double> replicates, double level = 0.95)
    {
        Guard.OpenProbability(level, nameof(level));
        Guard.NotEmpty(replicates.Length, nameof(replicates));
        var sorted = replicates.ToArray();
        Array.Sort(sorted);
        var alpha = 1 - level;
        return (Quantiles.Linear(sorted, alpha / 2), Quantiles.Linear(sorted, 1 - (alpha / 2)));
    }

    private static TiedScores RequireBothClasses(ReadOnlySpan<bool> labels, ReadOnlySpan<double> scores, int minimum)
    {
        var ties = TiedScores.From(labels, scores);
        if (ties.TotalPositives < minimum || ties.TotalNegatives < minimum)
        {
            throw new ArgumentException($"The interval needs at least {minimum} positive(s) and {minimum} negative(s).", nameof(labels));
        }

        return ties;
    }

    private static double StandardDeviation(double[] values)
    {
        if (values.Length < 2) { return 0; }
        var mean = values.Average();
        double squares = 0;
        foreach (var v in values) { squares += (v - mean) * (v - mean); }
        return Math.Sqrt(squares / (values.Length - 1));
    }
}
