using Sobes.Core.Srs.Optimization;
using static Sobes.Core.Tests.Srs.Optimization.FsrsEvaluatorTests;

namespace Sobes.Core.Tests.Srs.Optimization;

public sealed class OutlierFilterTests
{
    [Fact]
    public void The_rarest_first_intervals_go_until_five_percent_or_twenty_items_are_gone()
    {
        // First rating Good: 100 items after 1 day, 30 after 3 days, 4 after 9 days. The quota is max(20, 134/20) = 20:
        // the 4 go (4 < 20), then the 30 reach the quota and stay.
        var items = FirstIntervals(3, (1, 100), (3, 30), (9, 4));

        var result = OutlierFilter.Apply(items);

        Assert.Equal([9], result.RemovedFirstIntervals[3]);
        Assert.Equal(130, result.Initialization.Count);
        Assert.Equal(130, result.Training.Count);
    }

    [Fact]
    public void Past_the_quota_a_first_interval_with_fewer_than_six_items_still_goes()
    {
        // Four groups of five (ties: the shorter interval first) reach the quota of 20 only with the last, which is too small.
        var items = FirstIntervals(1, (1, 100), (10, 5), (11, 5), (12, 5), (13, 5));

        var result = OutlierFilter.Apply(items);

        Assert.Equal([10, 11, 12, 13], result.RemovedFirstIntervals[1].Order());
        Assert.Equal(100, result.Initialization.Count);
    }

    [Fact]
    public void First_intervals_over_100_days_go_except_after_easy_up_to_365()
    {
        var items = FirstIntervals(2, (2, 100), (150, 30)).Concat(FirstIntervals(4, (5, 100), (200, 30), (400, 30))).ToList();

        var result = OutlierFilter.Apply(items);

        Assert.Equal([150], result.RemovedFirstIntervals[2]);
        Assert.Equal([400], result.RemovedFirstIntervals[4]);
        Assert.Equal(230, result.Training.Count);
    }

    [Fact]
    public void Every_later_item_of_a_card_whose_first_interval_went_leaves_the_training_set()
    {
        var items = FirstIntervals(3, (1, 100), (3, 30), (9, 4));
        var later = Item((3, 0), (3, 9), (3, 20));
        var kept = Item((3, 0), (3, 3), (1, 10));
        items.Add(later);
        items.Add(kept);

        var result = OutlierFilter.Apply(items);

        Assert.DoesNotContain(later, result.Training);
        Assert.Contains(kept, result.Training);
        Assert.DoesNotContain(kept, result.Initialization);
    }

    private static List<FsrsItem> FirstIntervals(int firstRating, params (int Days, int Count)[] groups) =>
        [.. groups.SelectMany(g => Enumerable.Range(0, g.Count).Select(i => Item((firstRating, 0), (i % 5 == 0 ? 1 : 3, g.Days))))];
}
