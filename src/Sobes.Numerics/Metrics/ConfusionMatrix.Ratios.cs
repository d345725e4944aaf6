namespace Sobes.Numerics.Metrics;

public readonly partial record struct ConfusionMatrix
{
    /// <summary>Recall, sensitivity, true positive rate: TP / (TP + FN).</summary>
    public double Recall => Guard.Ratio(TruePositives, ActualPositives);

    /// <summary>True positive rate, the same as <see cref="Recall"/>.</summary>
    public double TruePositiveRate => Recall;

    /// <summary>False positive rate, fall-out: FP / (FP + TN).</summary>
    public double FalsePositiveRate => Guard.Ratio(FalsePositives, ActualNegatives);

    /// <summary>Precision, positive predictive value: TP / (TP + FP).</summary>
    public double Precision => Guard.Ratio(TruePositives, PredictedPositives);

    /// <summary>Specificity, true negative rate: TN / (TN + FP).</summary>
    public double Specificity => Guard.Ratio(TrueNegatives, ActualNegatives);

    /// <summary>Negative predictive value: TN / (TN + FN).</summary>
    public double NegativePredictiveValue => Guard.Ratio(TrueNegatives, TrueNegatives + FalseNegatives);

    /// <summary>Share of correct predictions: (TP + TN) / total.</summary>
    public double Accuracy => Guard.Ratio(TruePositives + TrueNegatives, Total);

    /// <summary>Share of wrong predictions: (FP + FN) / total, that is 1 − accuracy.</summary>
    public double ErrorRate => Guard.Ratio(FalsePositives + FalseNegatives, Total);

    /// <summary>Mean of recall and specificity.</summary>
    public double BalancedAccuracy => (Recall + Specificity) / 2;

    /// <summary>F1, the harmonic mean of precision and recall.</summary>
    public double F1 => FBeta(1);

    /// <summary>
    /// F-beta = (1 + β²)·P·R / (β²·P + R), which weighs recall β times as much as precision;
    /// 0 when P and R are both 0 (scikit-learn's <c>fbeta_score</c>).
    /// </summary>
    public double FBeta(double beta)
    {
        if (!(beta > 0) || !double.IsFinite(beta))
        {
            throw new ArgumentOutOfRangeException(nameof(beta), beta, "Beta is a positive number.");
        }

        var beta2 = beta * beta;
        var precision = Precision;
        var recall = Recall;
        var denominator = (beta2 * precision) + recall;
        return denominator == 0 ? 0 : (1 + beta2) * precision * recall / denominator;
    }

    /// <summary>
    /// Matthews correlation coefficient (TP·TN − FP·FN) / √((TP+FP)(TP+FN)(TN+FP)(TN+FN)),
    /// 0 when any factor of the denominator is 0 (as scikit-learn's <c>matthews_corrcoef</c>).
    /// </summary>
    public double MatthewsCorrelation
    {
        get
        {
            double tp = TruePositives, fp = FalsePositives, tn = TrueNegatives, fn = FalseNegatives;
            var denominator = (tp + fp) * (tp + fn) * (tn + fp) * (tn + fn);
            return denominator == 0 ? 0 : ((tp * tn) - (fp * fn)) / Math.Sqrt(denominator);
        }
    }
}
