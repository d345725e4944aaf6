using System.Runtime.InteropServices;

namespace Sobes.Core.Srs.Optimization;

/// <summary>
/// fsrs-rs's evaluation (<c>FSRS::evaluate</c>, <c>evaluate_with_time_series_splits</c>). Each item's labelled review
/// is predicted from its history; items are weighted by recency (0.25 + 0.75·(i/(n−1))³ in time order) for the log
/// loss, and grouped into bins by interval, review count and lapse count for RMSE(bins)
/// (fsrs-rs <c>r_matrix_index</c>).
/// </summary>
public static class FsrsEvaluator
{
    /// <summary>How many folds the time-series split makes.</summary>
    public const int Splits = 5;

    /// <summary>Log loss and RMSE(bins) of <paramref name="parameters"/> on <paramref name="items"/> (in time order, recency-weighted).</summary>
    public static FsrsEvaluation Evaluate(FsrsParameters parameters, IReadOnlyList<FsrsItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            throw new ArgumentException("Evaluation needs at least one item.", nameof(items));
        }

        var weights = RecencyWeights(items.Count);
        var predictions = Predict(parameters, items, weights);
        return Score(items, predictions, weights);
    }

    /// <summary>
    /// The evaluation fsrs-rs's binding reports (<c>FSRSBinding.evaluate</c>), and the one <c>sobes srs fit</c> prints:
    /// the outlier filter first, then <see cref="Evaluate"/> on the first-interval items it kept (in the filter's
    /// order) followed by the later items it kept (in time order). The recency weights follow that order. Null when
    /// the filter keeps nothing.
    /// </summary>
    public static FsrsEvaluation? EvaluateFiltered(FsrsParameters parameters, IReadOnlyList<FsrsItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var filtered = OutlierFilter.Apply(items);
        var kept = filtered.Initialization.Concat(filtered.Training.Where(i => i.LongTermReviewCount != 1)).ToList();
        return kept.Count > 0 ? Evaluate(parameters, kept) : null;
    }

    /// <summary>
    /// The time-series split: the items (in time order) are cut into six equal segments; five times, the parameters are
    /// fitted on every segment before one (<see cref="FsrsOptimizer.ComputeParameters"/>) and predict that segment,
    /// unweighted. Null when there are too few items for six segments or a fold has nothing to fit.
    /// </summary>
    public static FsrsEvaluation? TimeSeriesSplit(IReadOnlyList<FsrsItem> items, OptimizerSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        var segment = items.Count / (Splits + 1);
        if (segment == 0)
        {
            return null;
        }

        var tested = new List<FsrsItem>();
        var predictions = new List<double>();
        for (var i = 0; i < Splits; i++)
        {
            var testStart = (i + 1) * segment;
            var testEnd = i == Splits - 1 ? items.Count : (i + 2) * segment;
            var run = FsrsOptimizer.ComputeParameters(items.Take(testStart).ToList(), settings);
            if (run.Stage == OptimizerStage.NotEnoughData)
            {
                return null;
            }

            var test = items.Skip(testStart).Take(testEnd - testStart).ToList();
            var ones = Enumerable.Repeat(1.0, test.Count).ToArray();
            tested.AddRange(test);
            predictions.AddRange(Predict(run.Parameters, test, ones));
        }

        return Score(tested, predictions.ToArray(), Enumerable.Repeat(1.0, tested.Count).ToArray());
    }

    /// <summary>fsrs-rs's recency weights for <paramref name="count"/> items in time order.</summary>
    public static double[] RecencyWeights(int count)
    {
        var span = Math.Max(count - 1.0, 1.0);
        var weights = new double[count];
        for (var i = 0; i < count; i++)
        {
            weights[i] = 0.25 + (0.75 * Math.Pow(i / span, 3));
        }

        return weights;
    }

    internal static double[] Predict(FsrsParameters parameters, IReadOnlyList<FsrsItem> items, IReadOnlyList<double> weights)
    {
        var batch = new ItemBatch(items, weights);
        var predictions = new double[items.Count];
        new FsrsLoss().Predict(parameters.Array.AsSpan(), batch, predictions);
        return predictions;
    }

    private static FsrsEvaluation Score(IReadOnlyList<FsrsItem> items, double[] predictions, double[] weights)
    {
        var loss = 0.0;
        var weightSum = 0.0;
        var bins = new Dictionary<(int, int, int), BinTotals>();
        for (var i = 0; i < items.Count; i++)
        {
            var p = predictions[i];
            var y = items[i].Recalled ? 1.0 : 0.0;
            loss += ((y * Math.Log(p)) + ((1 - y) * Math.Log(1 - p))) * weights[i];
            weightSum += weights[i];
            ref var bin = ref CollectionsMarshal.GetValueRefOrAddDefault(bins, Bin(items[i]), out _);
            bin.Predicted += p;
            bin.Actual += y;
            bin.Count++;
            bin.Weight += weights[i];
        }

        var squared = 0.0;
        var binWeights = 0.0;
        foreach (var bin in bins.Values)
        {
            var gap = (bin.Predicted / bin.Count) - (bin.Actual / bin.Count);
            squared += gap * gap * bin.Weight;
            binWeights += bin.Weight;
        }

        return new FsrsEvaluation(-loss / weightSum, Math.Sqrt(squared / binWeights));
    }

    // fsrs-rs FSRSItem::r_matrix_index: log-spaced bins of the interval, of the review count and of the lapse count.
    private static (int, int, int) Bin(FsrsItem item)
    {
        var deltaT = (double)item.Current.DeltaT;
        var deltaBin = Round(2.48 * Math.Pow(3.62, Math.Floor(Math.Log(deltaT) / Math.Log(3.62))) * 100);
        var length = item.LongTermReviewCount + 1.0;
        var lengthBin = Round(1.99 * Math.Pow(1.89, Math.Floor(Math.Log(length) / Math.Log(1.89))));
        var lapses = 0;
        for (var i = 0; i < item.Reviews.Length - 1; i++)
        {
            if (item.Reviews[i] is { Rating: 1, DeltaT: > 0 })
            {
                lapses++;
            }
        }

        var lapseBin = lapses == 0 ? 0 : Round(1.65 * Math.Pow(1.73, Math.Floor(Math.Log(lapses) / Math.Log(1.73))));
        return (deltaBin, lengthBin, lapseBin);
    }

    private struct BinTotals
    {
        public double Predicted;
        public double Actual;
        public double Count;
        public double Weight;
    }

    private static int Round(double value) => (int)Math.Round(value, MidpointRounding.AwayFromZero);
}
