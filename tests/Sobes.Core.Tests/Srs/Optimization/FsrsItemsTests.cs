using Sobes.Core.Srs.Optimization;

namespace Sobes.Core.Tests.Srs.Optimization;

public sealed class FsrsItemsTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_sample_log_gives_fsrs_rs_item_count()
    {
        Assert.Equal(9175, RevlogSample.Items.Count);
    }

    [Fact]
    public void Each_review_a_day_or_more_after_the_previous_labels_one_item_holding_the_reviews_before_it()
    {
        var items = Build(
            Review(1, Monday.AddHours(10), 3, state: 0),
            Review(1, Monday.AddDays(2).AddHours(10), 3),
            Review(1, Monday.AddDays(7).AddHours(10), 1));

        Assert.Equal(["3@0 3@2", "3@0 3@2 1@5"], items.Select(i => i.ToString()));
    }

    [Fact]
    public void Same_day_reviews_stay_in_the_history_but_never_label_an_item()
    {
        var items = Build(
            Review(1, Monday.AddHours(10), 1, state: 0),
            Review(1, Monday.AddHours(10).AddMinutes(10), 3, state: 1),
            Review(1, Monday.AddDays(1).AddHours(10), 3),
            Review(1, Monday.AddDays(1).AddHours(11), 3));

        var item = Assert.Single(items);
        Assert.Equal("1@0 3@0 3@1", item.ToString());
    }

    [Fact]
    public void Days_are_cut_at_the_day_start_not_at_midnight()
    {
        // 23:00 and 03:00 the next night fall on one learner-day at 04:00; 03:59 and 04:01 on two.
        var sameDay = Build(Review(1, Monday.AddHours(23), 3, state: 0), Review(1, Monday.AddHours(27), 3));
        var nextDay = Build(Review(1, Monday.AddHours(3).AddMinutes(59), 3, state: 0), Review(1, Monday.AddHours(4).AddMinutes(1), 3));
        var atMidnight = FsrsItems.FromReviewLog(
            [Review(1, Monday.AddHours(23), 3, state: 0), Review(1, Monday.AddHours(27), 3)], TimeSpan.Zero);

        Assert.Empty(sameDay);
        Assert.Equal("3@0 3@1", Assert.Single(nextDay).ToString());
        Assert.Equal("3@0 3@1", Assert.Single(atMidnight).ToString());
    }

    [Fact]
    public void A_card_learned_again_from_scratch_starts_its_history_at_the_last_learning_run()
    {
        var items = Build(
            Review(1, Monday.AddHours(10), 3, state: 0),
            Review(1, Monday.AddDays(3).AddHours(10), 3),
            Review(1, Monday.AddDays(10).AddHours(10), 4, state: 0),
            Review(1, Monday.AddDays(14).AddHours(10), 3));

        Assert.Equal(["4@0 3@4"], items.Select(i => i.ToString()));
    }

    [Fact]
    public void A_card_never_in_learning_gives_no_items()
    {
        Assert.Empty(Build(Review(1, Monday.AddHours(10), 3), Review(1, Monday.AddDays(3).AddHours(10), 3)));
    }

    [Fact]
    public void Items_are_ordered_by_the_time_of_their_labelled_review_across_cards()
    {
        var items = Build(
            Review(7, Monday.AddHours(10), 3, state: 0),
            Review(7, Monday.AddDays(5).AddHours(10), 3),
            Review(2, Monday.AddHours(11), 4, state: 0),
            Review(2, Monday.AddDays(1).AddHours(10), 4));

        Assert.Equal([2L, 7L], items.Select(i => i.CardId));
    }

    private static IReadOnlyList<FsrsItem> Build(params ReviewLogRow[] entries) =>
        FsrsItems.FromReviewLog(entries, FsrsItems.DefaultDayStart);

    private static ReviewLogRow Review(long card, DateTimeOffset at, int rating, int state = 2) =>
        new(card, at.ToUnixTimeMilliseconds(), rating, state, 5000);
}
