namespace Sobes.Numerics.Exact;

/// <summary>Bayes' rule on exact fractions.</summary>
public static class Bayes
{
    /// <summary>
    /// Posterior P(Hᵢ | E) = P(E | Hᵢ)·P(Hᵢ) / Σⱼ P(E | Hⱼ)·P(Hⱼ) for hypotheses that partition the space.
    /// The priors must sum to 1; the posteriors then sum to exactly 1.
    /// </summary>
    public static IReadOnlyList<Rational> Posteriors(IReadOnlyList<Rational> priors, IReadOnlyList<Rational> likelihoods)
    {
        ArgumentNullException.ThrowIfNull(priors);
        ArgumentNullException.ThrowIfNull(likelihoods);
        if (priors.Count != likelihoods.Count || priors.Count == 0)
        {
            throw new ArgumentException("One likelihood per prior, at least one hypothesis.", nameof(likelihoods));
        }

        var total = Rational.Zero;
        foreach (var prior in priors) { CheckProbability(prior, nameof(priors)); total += prior; }
        if (total != Rational.One) { throw new ArgumentException($"Priors sum to {total}, not 1.", nameof(priors)); }

        var joint = new Rational[priors.Count];
        var evidence = Rational.Zero;
        for (var i = 0; i < joint.Length; i++)
        {
            CheckProbability(likelihoods[i], nameof(likelihoods));
            joint[i] = priors[i] * likelihoods[i];
            evidence += joint[i];
        }

        if (evidence.Sign == 0) { throw new ArgumentException("The evidence has probability zero.", nameof(likelihoods)); }
        return Array.ConvertAll(joint, j => j / evidence);
    }

    /// <summary>
    /// P(condition | positive test) = sens·prev / (sens·prev + fpr·(1 − prev)), where fpr = 1 − specificity.
    /// </summary>
    public static Rational PositivePredictiveValue(Rational prevalence, Rational sensitivity, Rational specificity) =>
        Posteriors([prevalence, Rational.One - prevalence], [sensitivity, Rational.One - specificity])[0];

    private static void CheckProbability(Rational p, string name)
    {
        if (p < Rational.Zero || p > Rational.One) { throw new ArgumentOutOfRangeException(name, p, "A probability lies in [0, 1]."); }
    }
}
