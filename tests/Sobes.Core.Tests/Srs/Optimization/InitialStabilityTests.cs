using Sobes.Core.Srs;
using Sobes.Core.Srs.Optimization;
using static Sobes.Core.Tests.Srs.Optimization.FsrsEvaluatorTests;

namespace Sobes.Core.Tests.Srs.Optimization;

public sealed class InitialStabilityTests
{
    [Fact]
    public void Pretraining_finds_the_stability_whose_curve_matches_the_recall_of_each_first_rating()
    {
        // After Good, recall follows the default curve with S0 = 6 days; after Easy, with S0 = 20 days.
        var items = Generated(3, 6, [1, 2, 4, 8, 15]).Concat(Generated(4, 20, [3, 7, 14, 30])).ToList();
        var averageRecall = items.Average(i => i.Recalled ? 1.0 : 0.0);

        var fit = InitialStability.Fit(items, averageRecall);

        Assert.NotNull(fit);
        Assert.Equal(6, fit.Stabilities[2], 0.3);
        Assert.Equal(20, fit.Stabilities[3], 1.0);
        Assert.Equal([0, 0, 0, 5000, 4000], fit.RatingCounts);
    }

    [Fact]
    public void Missing_first_ratings_are_filled_and_a_lone_rating_scales_the_defaults()
    {
        var filled = InitialStability.SmoothAndFill([null, null, null, 2 * FsrsParameters.Default[2], null], [0, 0, 0, 50, 0]);

        Assert.NotNull(filled);
        Assert.Equal(Enumerable.Range(0, 4).Select(i => 2 * FsrsParameters.Default[i]), filled, new Tolerance(1e-12));
    }

    [Fact]
    public void A_rating_with_fewer_items_yields_to_keep_the_stabilities_increasing()
    {
        // Hard (10 items) came out above Good (90 items): Hard takes Good's value.
        var filled = InitialStability.SmoothAndFill([null, 0.5, 4.0, 3.0, 12.0], [0, 40, 10, 90, 30]);

        Assert.NotNull(filled);
        Assert.Equal([0.5, 3.0, 3.0, 12.0], filled);
    }

    [Fact]
    public void With_no_first_interval_there_is_nothing_to_pretrain()
    {
        Assert.Null(InitialStability.Fit([Item((3, 0), (3, 2), (3, 5))], 0.9));
    }

    // For each first interval, 1000 items whose share of recalls follows the curve with stability s0.
    private static IEnumerable<FsrsItem> Generated(int firstRating, double s0, int[] intervals)
    {
        foreach (var days in intervals)
        {
            var recalled = (int)Math.Round(1000 * Fsrs.Retrievability(FsrsParameters.Default, new Stability(s0), days));
            for (var i = 0; i < 1000; i++)
            {
                yield return Item((firstRating, 0), (i < recalled ? 3 : 1, days));
            }
        }
    }

    private sealed class Tolerance(double epsilon) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= epsilon;

        public int GetHashCode(double obj) => 0;
    }
}
