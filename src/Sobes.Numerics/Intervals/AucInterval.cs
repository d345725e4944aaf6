namespace Sobes.Numerics.Intervals;

/// <summary>A confidence interval for a ROC AUC.</summary>
/// <param name="Auc">The AUC of the sample itself.</param>
/// <param name="Lower">Lower bound.</param>
/// <param name="Upper">Upper bound.</param>
/// <param name="Level">Confidence level, e.g. 0.95.</param>
/// <param name="StandardError">Standard error of the AUC (DeLong's, or the bootstrap replicates' deviation).</param>
public readonly record struct AucInterval(double Auc, double Lower, double Upper, double Level, double StandardError)
{
    /// <summary>Whether the interval covers <paramref name="value"/>.</summary>
    public bool Contains(double value) => value >= Lower && value <= Upper;
}

/// <summary>How the bootstrap replicates become an interval.</summary>
public enum BootstrapMethod
{
    /// <summary>The α/2 and 1 − α/2 quantiles of the replicates.</summary>
    Percentile,

    /// <summary>Bias-corrected and accelerated quantiles (Efron 1987).</summary>
    BiasCorrectedAccelerated,
}
