namespace Sobes.Core.Srs.Optimization;

/// <summary>The pretrained initial stabilities w0–w3 and how many first-interval items each first rating had.</summary>
/// <param name="Stabilities">S0 for Again, Hard, Good, Easy (days).</param>
/// <param name="RatingCounts">Items per first rating (index 1–4; 0 when a rating had none).</param>
public sealed record InitialStabilityFit(IReadOnlyList<double> Stabilities, IReadOnlyList<int> RatingCounts);

/// <summary>
/// fsrs-rs's initial-stability pretraining (<c>parameter_initialization.rs</c>). For each first rating, the recall rate
/// at each first interval (Laplace-smoothed towards the average recall) is fitted with the default forgetting curve by a
/// ternary search for S0 in [0.001, 100], with an L1 pull of 1/16 towards the default S0; then the four values are made
/// monotonic (the rating with fewer items yields) and missing ratings are filled from the others.
/// </summary>
public static class InitialStability
{
    private const double MaxInitialStability = 100;
    private const double DefaultPull = 1.0 / 16;
    private const int MaxSearchSteps = 1000;

    // Rust's f64::EPSILON, where fsrs-rs stops its ternary search.
    private const double MachineEpsilon = 2.220446049250313e-16;

    // Geometric interpolation weights between neighbouring ratings (fsrs-rs smooth_and_fill).
    private const double W1 = 0.41;
    private const double W2 = 0.54;

    /// <summary>Fits S0 per first rating; null when no item has a first interval to learn from.</summary>
    /// <param name="initialization">Items whose label is their first long-term review (the outlier filter's initialization set).</param>
    /// <param name="averageRecall">The training set's recall rate, the prior of the smoothing.</param>
    public static InitialStabilityFit? Fit(IEnumerable<FsrsItem> initialization, double averageRecall)
    {
        ArgumentNullException.ThrowIfNull(initialization);
        var groups = new Dictionary<int, Dictionary<int, (int Recalled, int Count)>>();
        foreach (var item in initialization.Where(i => i.LongTermReviewCount == 1))
        {
            var first = item.Reviews[0].Rating;
            var review = item.FirstLongTermReview;
            if (!groups.TryGetValue(first, out var byInterval))
            {
                groups[first] = byInterval = [];
            }

            var (recalled, count) = byInterval.GetValueOrDefault(review.DeltaT);
            byInterval[review.DeltaT] = (recalled + (review.Rating > 1 ? 1 : 0), count + 1);
        }

        var counts = new int[5];
        var fitted = new double?[5];
        foreach (var (rating, byInterval) in groups)
        {
            counts[rating] = byInterval.Values.Sum(v => v.Count);
            fitted[rating] = Search(byInterval.OrderBy(p => p.Key).Select(p => (p.Key, p.Value.Recalled, p.Value.Count)).ToList(), averageRecall, FsrsParameters.Default[rating - 1]);
        }

        var filled = SmoothAndFill(fitted, counts);
        return filled is null ? null : new InitialStabilityFit(filled, counts);
    }

    /// <summary>
    /// Makes the four stabilities non-decreasing in the rating and fills the missing ones (fsrs-rs <c>smooth_and_fill</c>);
    /// null when none is known. <paramref name="stabilities"/> and <paramref name="counts"/> are indexed by rating 1–4.
    /// </summary>
    public static double[]? SmoothAndFill(IReadOnlyList<double?> stabilities, IReadOnlyList<int> counts)
    {
        ArgumentNullException.ThrowIfNull(stabilities);
        ArgumentNullException.ThrowIfNull(counts);
        var s = new double?[5];
        for (var r = 1; r <= 4; r++)
        {
            s[r] = counts[r] > 0 ? stabilities[r] : null;
        }

        foreach (var (small, big) in new[] { (1, 2), (2, 3), (3, 4), (1, 3), (2, 4), (1, 4) })
        {
            if (s[small] is { } sv && s[big] is { } bv && sv > bv)
            {
                if (counts[small] > counts[big])
                {
                    s[big] = sv;
                }
                else
                {
                    s[small] = bv;
                }
            }
        }

        var known = Enumerable.Range(1, 4).Count(r => s[r] is not null);
        switch (known)
        {
            case 0:
                return null;
            case 1:
                var only = Enumerable.Range(1, 4).First(r => s[r] is not null);
                var factor = s[only]!.Value / FsrsParameters.Default[only - 1];
                for (var r = 1; r <= 4; r++)
                {
                    s[r] = FsrsParameters.Default[r - 1] * factor;
                }

                break;
            case 2:
                FillFromTwo(s);
                break;
            case 3:
                FillFromThree(s);
                break;
        }

        return Enumerable.Range(1, 4).Select(r => Math.Clamp(s[r]!.Value, Stability.MinDays, MaxInitialStability)).ToArray();
    }

    private static double Search(List<(int DeltaT, int Recalled, int Count)> points, double averageRecall, double defaultS0)
    {
        var decay = FsrsParameters.Default.Decay;
        var factor = Fsrs.Factor(decay);
        double Loss(double s0)
        {
            var loss = 0.0;
            foreach (var (deltaT, recalled, count) in points)
            {
                // Laplace smoothing: (recalled + average) / (count + 1).
                var recall = (recalled + averageRecall) / (count + 1.0);
                var predicted = Math.Pow(1 + (deltaT / s0 * factor), -decay);
                loss -= ((recall * Math.Log(predicted)) + ((1 - recall) * Math.Log(1 - predicted))) * count;
            }

            return loss + (Math.Abs(s0 - defaultS0) * DefaultPull);
        }

        var low = Stability.MinDays;
        var high = MaxInitialStability;
        var optimum = defaultS0;
        for (var step = 0; high - low > MachineEpsilon && step < MaxSearchSteps; step++)
        {
            // Once the interval stops shrinking (a few ulps wide), further steps cannot move the optimum.
            var width = high - low;
            var mid1 = low + ((high - low) / 3);
            var mid2 = high - ((high - low) / 3);
            if (Loss(mid1) < Loss(mid2))
            {
                high = mid2;
            }
            else
            {
                low = mid1;
            }

            optimum = (high + low) / 2;
            if (high - low >= width)
            {
                break;
            }
        }

        return optimum;
    }

    private static void FillFromTwo(double?[] s)
    {
        const double Hard = 1 / (1 - W2);
        switch (s[1], s[2], s[3], s[4])
        {
            case (null, null, { } r3, { } r4):
                s[2] = Math.Pow(r3, Hard) * Math.Pow(r4, 1 - Hard);
                s[1] = FromTwoAndThree(s[2]!.Value, r3);
                break;
            case (null, { } r2, null, { } r4):
                s[3] = Math.Pow(r2, 1 - W2) * Math.Pow(r4, W2);
                s[1] = FromTwoAndThree(r2, s[3]!.Value);
                break;
            case (null, { } r2, { } r3, null):
                s[4] = EasyFromTwoAndThree(r2, r3);
                s[1] = FromTwoAndThree(r2, r3);
                break;
            case ({ } r1, null, null, { } r4):
                var k = W1 / ((W1 + W2) - (W1 * W2));
                var j = W2 / ((W1 + W2) - (W1 * W2));
                s[2] = Math.Pow(r1, k) * Math.Pow(r4, 1 - k);
                s[3] = Math.Pow(r1, 1 - j) * Math.Pow(r4, j);
                break;
            case ({ } r1, null, { } r3, null):
                s[2] = Math.Pow(r1, W1) * Math.Pow(r3, 1 - W1);
                s[4] = EasyFromTwoAndThree(s[2]!.Value, r3);
                break;
            case ({ } r1, { } r2, null, null):
                var g = 1 / (1 - W1);
                s[3] = Math.Pow(r1, 1 - g) * Math.Pow(r2, g);
                s[4] = EasyFromTwoAndThree(r2, s[3]!.Value);
                break;
        }
    }

    private static void FillFromThree(double?[] s)
    {
        switch (s[1], s[2], s[3], s[4])
        {
            case (null, { } r2, { } r3, _):
                s[1] = FromTwoAndThree(r2, r3);
                break;
            case ({ } r1, null, { } r3, _):
                s[2] = Math.Pow(r1, W1) * Math.Pow(r3, 1 - W1);
                break;
            case (_, { } r2, null, { } r4):
                s[3] = Math.Pow(r2, 1 - W2) * Math.Pow(r4, W2);
                break;
            case (_, { } r2, { } r3, null):
                s[4] = EasyFromTwoAndThree(r2, r3);
                break;
        }
    }

    private static double FromTwoAndThree(double r2, double r3) => Math.Pow(r2, 1 / W1) * Math.Pow(r3, 1 - (1 / W1));

    private static double EasyFromTwoAndThree(double r2, double r3) => Math.Pow(r2, 1 - (1 / W2)) * Math.Pow(r3, 1 / W2);
}
