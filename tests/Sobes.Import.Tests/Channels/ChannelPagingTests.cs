using Sobes.Import.Channels;

namespace Sobes.Import.Tests.Channels;

/// <summary>The paging rules walked over a channel of pages of 20 (ids 1…N).</summary>
public sealed class ChannelPagingTests
{
    [Fact]
    public void A_first_sync_reads_the_newest_page_then_goes_back_to_the_beginning()
    {
        var (befores, cursors) = Walk(ChannelCursors.None, posts: 100);

        Assert.Equal([null, 81, 61, 41, 21], befores);
        Assert.Equal(new ChannelCursors(100, 1, true), cursors);
    }

    [Fact]
    public void A_later_sync_catches_up_to_the_newest_post_imported_then_rereads_a_window()
    {
        var (befores, cursors) = Walk(new ChannelCursors(100, 1, true), posts: 140, reread: 2);

        // 101–140 are two new pages; the page reaching 101 joins, then two pages of imported posts are read again.
        Assert.Equal([null, 121, 101, 81], befores);
        Assert.Equal(new ChannelCursors(140, 1, true), cursors);
    }

    [Fact]
    public void A_page_that_joins_and_holds_imported_posts_counts_as_the_first_reread()
    {
        var (befores, _) = Walk(new ChannelCursors(100, 1, true), posts: 105, reread: 2);

        Assert.Equal([null, 86], befores);
    }

    [Fact]
    public void An_interrupted_first_sync_resumes_below_the_oldest_post_reached()
    {
        var (befores, cursors) = Walk(new ChannelCursors(100, 61, false), posts: 100, reread: 1);

        Assert.Equal([null, 61, 41, 21], befores);
        Assert.Equal(new ChannelCursors(100, 1, true), cursors);
    }

    [Fact]
    public void The_newest_cursor_moves_only_once_a_catch_up_closes_its_gap()
    {
        var paging = ChannelPaging.Begin(new ChannelCursors(100, 1, true), rereadPages: 0);

        paging = paging.After(Page(141, 160, older: true));
        Assert.Equal(100, paging.Cursors.Newest);
        paging = paging.After(Page(121, 140, older: true));
        Assert.Equal(100, paging.Cursors.Newest);
        paging = paging.After(Page(101, 120, older: true));

        Assert.Equal(160, paging.Cursors.Newest);
        Assert.True(paging.IsDone);
    }

    [Fact]
    public void An_empty_channel_is_read_once_and_its_beginning_is_reached()
    {
        var paging = ChannelPaging.Begin(ChannelCursors.None).After(new PageSpan(null, null, null));

        Assert.True(paging.IsDone);
        Assert.Equal(new ChannelCursors(null, null, true), paging.Cursors);
    }

    [Fact]
    public void A_server_that_does_not_page_back_stops_the_walk_with_a_problem()
    {
        var paging = ChannelPaging.Begin(ChannelCursors.None).After(Page(81, 100, older: true));

        var stuck = paging.After(Page(81, 100, older: true));

        Assert.True(stuck.IsDone);
        Assert.Contains("does not page back", stuck.Problem, StringComparison.Ordinal);
        Assert.Equal(81, stuck.Cursors.Oldest);
    }

    private static PageSpan Page(long oldest, long newest, bool older) => new(oldest, newest, older ? oldest : null);

    // Walks the rules over a channel of `posts` posts served 20 to a page; returns the before= of each request.
    private static (List<long?> Befores, ChannelCursors Cursors) Walk(ChannelCursors start, int posts, int reread = ChannelPaging.DefaultRereadPages)
    {
        var befores = new List<long?>();
        var paging = ChannelPaging.Begin(start, reread);
        while (!paging.IsDone)
        {
            befores.Add(paging.Before);
            var end = paging.Before is { } b ? Math.Min(b - 1, posts) : posts;
            var first = Math.Max(1, end - 19);
            paging = paging.After(end < 1 ? new PageSpan(null, null, null) : new PageSpan(first, end, first > 1 ? first : null));
            Assert.True(befores.Count < 1000);
        }

        Assert.Null(paging.Problem);
        return (befores, paging.Cursors);
    }
}
