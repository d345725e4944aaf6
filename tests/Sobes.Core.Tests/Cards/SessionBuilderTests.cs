using Sobes.Core.Cards;

namespace Sobes.Core.Tests.Cards;

public sealed class SessionBuilderTests
{
    private static SessionDay NoneToday(int newLeft) => SessionDay.Fresh(newLeft, int.MaxValue);

    private static SessionCandidate Due(long card, long item, double r, string topic = "t") => new(card, item, topic, r);

    private static SessionCandidate New(long card, long item, string topic) => new(card, item, topic, null);

    [Fact]
    public void Due_cards_come_first_the_most_forgotten_first()
    {
        var session = SessionBuilder.Build([Due(1, 1, 0.9), Due(2, 2, 0.5), Due(3, 3, 0.7)], [New(4, 4, "t")], NoneToday(20));

        Assert.Equal([2L, 3, 1, 4], session.Select(c => c.CardId));
    }

    [Fact]
    public void New_cards_stop_at_the_daily_limit()
    {
        var fresh = Enumerable.Range(1, 30).Select(i => New(i, i, "t"));

        Assert.Equal(20, SessionBuilder.Build([], fresh, NoneToday(20)).Count);
    }

    [Fact]
    public void New_cards_interleave_topics()
    {
        var fresh = new[] { New(1, 1, "a"), New(2, 2, "a"), New(3, 3, "a"), New(4, 4, "b"), New(5, 5, "b"), New(6, 6, "c") };

        var session = SessionBuilder.Build([], fresh, NoneToday(20));

        Assert.Equal(["a", "b", "c", "a", "b", "a"], session.Select(c => c.Topic));
    }

    [Fact]
    public void Siblings_of_one_item_never_share_a_session()
    {
        var session = SessionBuilder.Build([Due(1, 7, 0.4), Due(2, 7, 0.3)], [New(3, 7, "t"), New(4, 8, "t")], NoneToday(20));

        Assert.Equal([2L, 4], session.Select(c => c.CardId));
    }

    [Fact]
    public void Siblings_of_an_item_answered_today_wait_for_another_day()
    {
        var session = SessionBuilder.Build([Due(1, 7, 0.4)], [New(2, 8, "t")], new SessionDay(new HashSet<long> { 7 }, new HashSet<long>(), 20, int.MaxValue));

        Assert.Equal([2L], session.Select(c => c.CardId));
    }

    [Fact]
    public void A_skipped_sibling_does_not_use_up_the_new_limit()
    {
        var session = SessionBuilder.Build([], [New(1, 1, "t"), New(2, 1, "t"), New(3, 2, "t")], NoneToday(2));

        Assert.Equal([1L, 3], session.Select(c => c.CardId));
    }

    [Fact]
    public void The_session_is_capped()
    {
        var due = Enumerable.Range(1, 300).Select(i => Due(i, i, i / 1000.0));

        Assert.Equal(200, SessionBuilder.Build(due, [], NoneToday(20), maxCards: 200).Count);
    }

    [Fact]
    public void A_card_that_lapsed_today_comes_back_when_its_step_is_due_but_its_sibling_still_waits()
    {
        var day = new SessionDay(new HashSet<long> { 7 }, new HashSet<long> { 1 }, 20, 200);

        var session = SessionBuilder.Build([Due(1, 7, 0.2) with { InSteps = true }, Due(2, 7, 0.1)], [New(3, 7, "t"), New(4, 8, "t")], day);

        Assert.Equal([1L, 4], session.Select(c => c.CardId));
    }

    [Fact]
    public void Reviews_stop_at_the_days_limit_while_cards_in_their_steps_and_new_cards_still_come()
    {
        var due = Enumerable.Range(1, 10).Select(i => Due(i, i, i / 100.0)).Append(Due(11, 11, 0.5) with { InSteps = true });

        var session = SessionBuilder.Build(due, [New(12, 12, "t")], SessionDay.Fresh(newLeft: 5, reviewsLeft: 3));

        Assert.Equal([1L, 2, 3, 11, 12], session.Select(c => c.CardId));
    }

    [Fact]
    public void No_reviews_are_left_once_the_limit_is_used_up()
    {
        var session = SessionBuilder.Build([Due(1, 1, 0.3)], [], SessionDay.Fresh(newLeft: 0, reviewsLeft: 0));

        Assert.Empty(session);
    }
}
