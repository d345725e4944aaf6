namespace Sobes.Numerics.Metrics;

/// <summary>Proper scoring rules for predicted probabilities of the positive class.</summary>
public static class ProbabilityScores
{
    /// <summary>The clipping scikit-learn 1.2 applies before taking logarithms.</summary>
    public const double DefaultClip = 1e-15;

    /// <summary>
    /// Mean binary cross-entropy −(1/n)·Σ [y·ln p + (1 − y)·ln(1 − p)], with p clipped to [ε, 1 − ε]
    /// (scikit-learn's <c>log_loss</c>).
    /// </summary>
    public static double LogLoss(ReadOnlySpan<bool> labels, ReadOnlySpan<double> probabilities, double clip = DefaultClip)
    {
        Guard.SameLength(labels.Length, probabilities.Length, nameof(probabilities));
        Guard.NotEmpty(probabilities.Length, nameof(probabilities));
        if (!(clip >= 0 && clip < 0.5)) { throw new ArgumentOutOfRangeException(nameof(clip), clip, "Clip lies in [0, 0.5)."); }

        double total = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            Guard.Probability(probabilities[i], nameof(probabilities));
            var p = Math.Clamp(probabilities[i], clip, 1 - clip);
            total -= labels[i] ? Math.Log(p) : Math.Log(1 - p);
        }

        return total / labels.Length;
    }

    /// <summary>Brier score, the mean squared error of the probabilities: (1/n)·Σ (p − y)².</summary>
    public static double Brier(ReadOnlySpan<bool> labels, ReadOnlySpan<double> probabilities)
    {
        Guard.SameLength(labels.Length, probabilities.Length, nameof(probabilities));
        Guard.NotEmpty(probabilities.Length, nameof(probabilities));
        double total = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            Guard.Probability(probabilities[i], nameof(probabilities));
            var error = probabilities[i] - (labels[i] ? 1 : 0);
            total += error * error;
        }

        return total / labels.Length;
    }
}
