using System.Net.Http.Headers;
using Sobes.Core.Posts;
using Sobes.Import.Channels;
using Sobes.Testing.Channels;

namespace Sobes.Import.Tests.Channels;

public sealed class ChannelPageTests
{
    [Fact]
    public void A_preview_page_gives_its_posts_ids_title_and_load_more_link()
    {
        var channel = new FixtureChannel("fixture_ml", 45);

        var page = ChannelPage.Parse(channel.RenderPage(null), "fixture_ml");

        Assert.Equal(ChannelPageKind.Preview, page.Kind);
        Assert.Equal("Fixture interview channel", page.Title);
        Assert.Equal(20, page.Posts.Count);
        Assert.Equal(26, page.Oldest);
        Assert.Equal(45, page.Newest);
        Assert.Equal(26, page.OlderBefore);
        Assert.Equal(NoteLocator.Of("t.me/fixture_ml/45"), page.Posts[^1].Post.Locator);
        Assert.Equal(PostKindHint.Quiz, page.Posts.Single(p => p.Id == 30).Post.KindHint);
        Assert.All(page.Posts, p => Assert.DoesNotContain("<", p.Post.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void The_first_page_of_a_channel_has_no_link_to_older_posts()
    {
        var channel = new FixtureChannel("fixture_ml", 45);

        var page = ChannelPage.Parse(channel.RenderPage(6), "fixture_ml");

        Assert.Equal([1L, 2, 3, 4, 5], page.MessageIds);
        Assert.Null(page.OlderBefore);
    }

    [Fact]
    public void A_channels_main_page_and_an_unrelated_page_are_told_apart_from_a_preview()
    {
        var channel = new FixtureChannel("fixture_ml", 3);

        Assert.Equal(ChannelPageKind.MainPage, ChannelPage.Parse(channel.RenderMainPage(), "fixture_ml").Kind);
        Assert.Equal(ChannelPageKind.Other, ChannelPage.Parse("<html><body><p>Reading list</p></body></html>", "x").Kind);
    }

    [Fact]
    public void Politeness_spaces_requests_and_waits_as_long_as_a_429_asks()
    {
        var politeness = new ChannelPoliteness(TimeSpan.FromSeconds(1));
        var now = new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

        Assert.Equal(TimeSpan.FromMilliseconds(600), politeness.WaitBeforeRequest(now.AddMilliseconds(-400), now));
        Assert.Equal(TimeSpan.Zero, politeness.WaitBeforeRequest(now.AddSeconds(-3), now));
        Assert.Equal(TimeSpan.Zero, politeness.WaitBeforeRequest(null, now));
        Assert.Equal(TimeSpan.FromSeconds(7), politeness.RetryDelay(new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)), now, 1));
        Assert.Equal(TimeSpan.FromSeconds(30), politeness.RetryDelay(new RetryConditionHeaderValue(now.AddSeconds(30)), now, 1));
        Assert.Equal(TimeSpan.FromSeconds(4), politeness.RetryDelay(null, now, 3));
        Assert.Equal(TimeSpan.FromSeconds(1), politeness.RetryDelay(new RetryConditionHeaderValue(TimeSpan.Zero), now, 1));
    }
}
