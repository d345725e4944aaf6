namespace Sobes.Core.Srs.Optimization;

/// <summary>
/// Fits the 21 FSRS-6 parameters to a review history the way fsrs-rs does (<c>training.rs</c>,
/// <c>compute_parameters</c>): the outlier filter, pretraining of the initial stabilities, then mini-batch Adam over
/// the recency-weighted training items (batches of items of similar length, their order shuffled each epoch with a
/// fixed seed), a cosine-decayed learning rate, an L2 penalty towards the starting parameters (scaled by each
/// parameter's spread across collections), and the clamps after every step. Deterministic for a given history.
/// </summary>
public static class FsrsOptimizer
{
    private const int MinimumTrainingItems = 8;
    private const int MinimumItemsToTrain = 64;

    // fsrs-rs PARAMS_STDDEV: how much each parameter varies across collections; the penalty is measured in these units.
    private static readonly double[] ParameterSpread =
    [
        6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25,
        1.03, 0.31, 0.32, 0.14, 0.27,
    ];

    /// <summary>
    /// Fits parameters to <paramref name="items"/> (in time order) and keeps them only if their log loss on the same items
    /// (<see cref="FsrsEvaluator.EvaluateFiltered"/>) is lower than that of <paramref name="current"/> (as Anki does
    /// before it replaces a preset's parameters).
    /// </summary>
    public static FsrsFit Fit(IReadOnlyList<FsrsItem> items, FsrsParameters current, OptimizerSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        var run = ComputeParameters(items, settings);
        if (items.Count == 0)
        {
            return new FsrsFit(current, false, run, null, null);
        }

        var before = FsrsEvaluator.EvaluateFiltered(current, items);
        if (run.Stage == OptimizerStage.NotEnoughData)
        {
            return new FsrsFit(current, false, run, null, before);
        }

        // Past the pretraining stage the filter has kept items, so both evaluations exist.
        var after = FsrsEvaluator.EvaluateFiltered(run.Parameters, items)!;
        var improved = after.LogLoss < before!.LogLoss;
        return new FsrsFit(improved ? run.Parameters : current, improved, run, after, before);
    }

    /// <summary>The optimizer alone (fsrs-rs <c>compute_parameters</c>): no comparison with the current parameters.</summary>
    public static OptimizerRun ComputeParameters(IReadOnlyList<FsrsItem> items, OptimizerSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        settings ??= OptimizerSettings.Default;
        var filtered = OutlierFilter.Apply(items);
        var training = filtered.Training;
        if (training.Count < MinimumTrainingItems)
        {
            return new OptimizerRun(FsrsParameters.Default, OptimizerStage.NotEnoughData, training.Count, null);
        }

        var averageRecall = training.Count(i => i.Recalled) / (double)training.Count;
        var initial = InitialStability.Fit(filtered.Initialization, averageRecall);
        if (initial is null)
        {
            return new OptimizerRun(FsrsParameters.Default, OptimizerStage.NotEnoughData, training.Count, null);
        }

        var start = initial.Stabilities.Concat(FsrsParameters.Default.Values.Skip(4)).ToArray();
        if (training.Count == filtered.Initialization.Count || training.Count < MinimumItemsToTrain)
        {
            return new OptimizerRun(FsrsParameters.Create(start), OptimizerStage.Pretrained, training.Count, initial);
        }

        if (!settings.EnableShortTerm)
        {
            start[17] = start[18] = start[19] = 0;
        }

        var weights = FsrsEvaluator.RecencyWeights(training.Count);
        var kept = Enumerable.Range(0, training.Count).Where(i => training[i].Reviews.Length <= settings.MaxSequenceLength).ToList();
        var trained = Train(kept.Select(i => training[i]).ToList(), kept.Select(i => weights[i]).ToList(), start, settings);
        if (trained.Any(v => !double.IsFinite(v)))
        {
            throw new InvalidOperationException("The optimizer diverged: a parameter is not finite.");
        }

        var smoothed = InitialStability.SmoothAndFill([null, trained[0], trained[1], trained[2], trained[3]], initial.RatingCounts)!;
        smoothed.CopyTo(trained, 0);
        return new OptimizerRun(FsrsParameters.Create(trained), OptimizerStage.Trained, training.Count, initial);
    }

    private static double[] Train(List<FsrsItem> items, List<double> weights, double[] start, OptimizerSettings settings)
    {
        var total = items.Count;
        var batches = Enumerable.Range(0, total)
            .OrderBy(i => items[i].Reviews.Length)
            .Chunk(settings.BatchSize)
            .Select(chunk => new ItemBatch(chunk.Select(i => items[i]).ToList(), chunk.Select(i => weights[i]).ToList()))
            .ToArray();
        var steps = ((total / settings.BatchSize) + 1) * settings.Epochs;
        var schedule = new CosineAnnealing(steps, settings.LearningRate);
        var adam = new Adam();
        var shuffle = new SplitMix64(settings.Seed);
        var loss = new FsrsLoss();
        var w = (double[])start.Clone();
        var gradient = new double[FsrsParameters.Count];
        var order = new int[batches.Length];
        for (var epoch = 0; epoch < settings.Epochs; epoch++)
        {
            for (var i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            shuffle.Shuffle(order);
            foreach (var index in order)
            {
                var batch = batches[index];
                var rate = schedule.Next();
                Array.Clear(gradient);
                loss.LossAndGradient(w, batch, gradient);
                AddPenalty(w, start, batch.Count, total, settings.Gamma, gradient);
                if (!settings.EnableShortTerm)
                {
                    gradient.AsSpan(0, 4).Clear();
                    gradient.AsSpan(17, 3).Clear();
                }

                adam.Step(w, gradient, rate);
                TrainingClamps.Apply(w, settings.EnableShortTerm);
            }
        }

        return w;
    }

    // d/dw of γ·(batch/total)·Σ((w − w_start)/spread)².
    private static void AddPenalty(double[] w, double[] start, int batchSize, int total, double gamma, double[] gradient)
    {
        var scale = gamma * batchSize / total;
        for (var i = 0; i < w.Length; i++)
        {
            gradient[i] += 2 * (w[i] - start[i]) / (ParameterSpread[i] * ParameterSpread[i]) * scale;
        }
    }
}
