using FsCheck.Xunit;
using Sobes.Numerics.Curves;
using Sobes.Numerics.Exact;
using Sobes.Numerics.Metrics;
using Sobes.Numerics.Statistics;

namespace Sobes.Numerics.Tests;

public sealed class Properties
{
    // Scores from small integers so that ties are frequent; labels from the parity of another integer.
    private static (bool[] Labels, double[] Scores) Data(int[] raw)
    {
        var labels = raw.Select((v, i) => ((v ^ i) & 1) == 1).ToArray();
        var scores = raw.Select(v => Math.Abs(v % 7) / 7.0).ToArray();
        return (labels, scores);
    }

    private static bool HasBothClasses(bool[] labels) => labels.Contains(true) && labels.Contains(false);

    [Property]
    public bool Reversed_scores_give_one_minus_auc(int[] raw)
    {
        var (labels, scores) = Data(raw);
        if (!HasBothClasses(labels)) { return true; }
        var reversed = scores.Select(s => -s).ToArray();
        return Math.Abs(RocAuc.Compute(labels, reversed) - (1 - RocAuc.Compute(labels, scores))) < 1e-12;
    }

    [Property]
    public bool Fast_auc_equals_the_trapezoid_under_the_full_curve(int[] raw)
    {
        var (labels, scores) = Data(raw);
        if (!HasBothClasses(labels)) { return true; }
        return Math.Abs(RocAuc.Compute(labels, scores) - RocCurve.Compute(labels, scores).Auc) < 1e-12;
    }

    [Property]
    public bool F1_lies_between_precision_and_recall(byte tp, byte fp, byte tn, byte fn)
    {
        var m = new ConfusionMatrix(tp, fp, tn, fn);
        if (m.Precision == 0 || m.Recall == 0) { return m.F1 == 0; }
        return m.F1 >= Math.Min(m.Precision, m.Recall) - 1e-15 && m.F1 <= Math.Max(m.Precision, m.Recall) + 1e-15;
    }

    [Property]
    public bool Best_f1_threshold_beats_every_score_threshold(int[] raw)
    {
        var (labels, scores) = Data(raw);
        if (scores.Length == 0) { return true; }
        var best = ThresholdSearch.BestF1(labels, scores);
        return scores.All(t => ConfusionMatrix.FromScores(labels, scores, t).F1 <= best.F1 + 1e-15)
            && Math.Abs(ConfusionMatrix.FromScores(labels, scores, best.Threshold).F1 - best.F1) < 1e-15;
    }

    [Property]
    public bool Average_precision_lies_in_the_unit_interval(int[] raw)
    {
        var (labels, scores) = Data(raw);
        if (scores.Length == 0) { return true; }
        var ap = PrecisionRecallCurve.Compute(labels, scores).AveragePrecision;
        return ap >= -1e-15 && ap <= 1 + 1e-15;
    }

    [Property]
    public bool Bayes_posteriors_of_a_partition_sum_to_exactly_one(byte[] weights, byte[] likelihoods)
    {
        var n = Math.Min(weights.Length, likelihoods.Length);
        if (n == 0) { return true; }
        var total = weights.Take(n).Sum(w => w + 1);
        var priors = weights.Take(n).Select(w => new Rational(w + 1, total)).ToArray();
        var evidence = likelihoods.Take(n).Select(l => new Rational(l, 255)).ToArray();
        if (evidence.All(e => e.Sign == 0)) { return true; }
        return Bayes.Posteriors(priors, evidence).Aggregate(Rational.Zero, (a, b) => a + b) == Rational.One;
    }

    [Property]
    public bool Hypergeometric_probabilities_sum_to_exactly_one(byte population, byte successes, byte draws)
    {
        int n = population % 60, k = successes % (n + 1), d = draws % (n + 1);
        var sum = Enumerable.Range(0, d + 1).Aggregate(Rational.Zero, (acc, x) => acc + Combinatorics.Hypergeometric(n, k, d, x));
        return sum == Rational.One;
    }

    [Property]
    public bool A_fraction_survives_printing_and_parsing(long numerator, long denominator)
    {
        if (denominator == 0) { return true; }
        var r = new Rational(numerator, denominator);
        return Rational.Parse(r.ToString()) == r;
    }

    [Property]
    public bool Normal_quantile_inverts_the_cdf(int raw)
    {
        // Spread FsCheck's small integers over [−8, 2]; far above that 1 − Φ(x) is not representable.
        var x = (unchecked((uint)raw * 2654435761u) % 6000 / 600.0) - 8;
        return Math.Abs(Normal.Quantile(Normal.Cdf(x)) - x) < 1e-9;
    }

    [Property]
    public bool Student_t_is_symmetric(int raw, byte dof)
    {
        var t = raw * 0.37;
        var nu = (dof % 60) + 0.5;
        return Math.Abs(StudentT.Cdf(t, nu) + StudentT.Cdf(-t, nu) - 1) < 1e-14;
    }
}
