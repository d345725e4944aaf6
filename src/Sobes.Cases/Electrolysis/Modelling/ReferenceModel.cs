namespace Sobes.Cases.Electrolysis.Modelling;

/// <summary>
/// The fitted models of the reference solution. The linear baseline is ridge on the plain window aggregates, predicting
/// the change since the last lab result. The domain model starts from the smoothed anchor, adds ridge on the domain
/// view of the features and boosted trees, strongly shrunk, on what the ridge leaves. The reference prediction is the
/// average of the two: they start from different anchors (the last result, and the last six carried along the back-EMF
/// curve), so part of their anchor errors cancels; chosen on rolling-origin validation (docs/cases/electrolysis.md).
/// </summary>
internal sealed record ReferenceModel(double Mean, RidgeRegression Linear, RidgeRegression Domain, BoostedTrees Trees)
{
    public const int TreeCount = 300;
    public const int Leaves = 4;
    public const int MinimumLeaf = 50;
    public const double LearningRate = 0.01;
    private const double RidgePenalty = 5;

    public static ReferenceModel Fit(IReadOnlyList<(DateTime Time, double Value, float[] X)> train)
    {
        var change = train.Select(s => s.Value - s.X[CaseFeatures.LabLastIndex]).ToList();
        var linear = RidgeRegression.Fit([.. train.Select(s => Baseline(s.X))], change, RidgePenalty);
        var view = train.Select(s => CaseFeatures.ForReference(s.X)).ToList();
        var fromBase = train.Select(s => s.Value - CaseFeatures.Base(s.X)).ToList();
        var domain = RidgeRegression.Fit(view, fromBase, RidgePenalty);

        // The trees learn what the ridge leaves: the steep back EMF at low alumina, anode effects, interactions.
        var left = fromBase.Select((y, i) => y - domain.Predict(view[i])).ToList();
        var trees = BoostedTrees.Fit(view, left, TreeCount, Leaves, MinimumLeaf, LearningRate);
        return new ReferenceModel(train.Average(s => s.Value), linear, domain, trees);
    }

    /// <summary>The linear baseline: the last lab result plus the ridge's change since it.</summary>
    public double LinearPrediction(float[] x) => HasAnchor(x) ? x[CaseFeatures.LabLastIndex] + Linear.Predict(Baseline(x)) : Mean;

    /// <summary>The domain model alone: the smoothed anchor, the ridge's change from it, and the trees' correction.</summary>
    public double DomainPrediction(float[] x)
    {
        if (!HasAnchor(x))
        {
            return Mean;
        }

        var view = CaseFeatures.ForReference(x);
        return CaseFeatures.Base(x) + Domain.Predict(view) + Trees.Predict(view);
    }

    public double Predict(float[] x) => HasAnchor(x) ? 0.5 * (LinearPrediction(x) + DomainPrediction(x)) : Mean;

    private static bool HasAnchor(float[] x) => float.IsFinite(x[CaseFeatures.LabLastIndex]);

    private static float[] Baseline(float[] x) => x[..CaseFeatures.BaselineCount];
}
