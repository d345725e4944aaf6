using Sobes.Import.Channels;

namespace Sobes.Import.Tests.Channels;

public sealed class ChannelAddressTests
{
    [Theory]
    [InlineData("@ml_interview")]
    [InlineData("t.me/ml_interview")]
    [InlineData("t.me/s/ml_interview")]
    [InlineData("https://t.me/ml_interview")]
    [InlineData("https://t.me/s/ml_interview")]
    [InlineData("https://t.me/s/ML_Interview?before=120")]
    [InlineData("https://t.me/ml_interview/4512")]
    [InlineData("telegram.me/ml_interview")]
    public void Every_way_of_naming_a_telegram_channel_reads_as_its_preview(string input)
    {
        var address = ChannelAddress.Parse(input, out var error);

        Assert.Null(error);
        Assert.NotNull(address);
        Assert.Equal("ml_interview", address.Name);
        Assert.Equal("https://t.me/s/ml_interview", address.Key);
        Assert.True(address.IsTelegram);
        Assert.True(ChannelAddress.LooksLikeChannel(input));
    }

    [Fact]
    public void Another_servers_url_is_read_as_it_is_and_named_by_its_last_segment()
    {
        var address = ChannelAddress.Parse("http://127.0.0.1:5123/s/fixture?before=9", out _);

        Assert.NotNull(address);
        Assert.Equal("fixture", address.Name);
        Assert.Equal("http://127.0.0.1:5123/s/fixture", address.Key);
        Assert.False(address.IsTelegram);
        Assert.Equal("http://127.0.0.1:5123/s/fixture?before=41", address.PageBefore(41).AbsoluteUri);
        Assert.Equal(address.PageUrl, address.PageBefore(null));
    }

    [Theory]
    [InlineData("@a", "not a channel name")]
    [InlineData("@has space", "not a channel name")]
    [InlineData("https://t.me/+AbCdEf123", "invite link")]
    [InlineData("https://t.me/joinchat/AbCdEf", "invite link")]
    [InlineData("ftp://t.me/s/channel", "is not a channel")]
    public void A_malformed_channel_is_refused_with_a_reason(string input, string reason)
    {
        var address = ChannelAddress.Parse(input, out var error);

        Assert.Null(address);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.Contains(input, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dump.json")]
    [InlineData("exports/channel.html")]
    [InlineData("./t.me")]
    public void Paths_do_not_look_like_channels(string input) => Assert.False(ChannelAddress.LooksLikeChannel(input));

    [Fact]
    public void A_redirect_to_the_channels_own_page_is_its_main_page()
    {
        var telegram = ChannelAddress.Parse("@ml_interview", out _)!;
        var other = ChannelAddress.Parse("http://127.0.0.1:5123/s/fixture", out _)!;

        Assert.True(telegram.IsMainPage(new Uri("https://t.me/ml_interview")));
        Assert.False(telegram.IsMainPage(new Uri("https://t.me/s/ml_interview")));
        Assert.False(telegram.IsMainPage(new Uri("https://evil.example/ml_interview")));
        Assert.True(other.IsMainPage(new Uri("http://127.0.0.1:5123/fixture")));
        Assert.False(other.IsMainPage(new Uri("http://127.0.0.1:5123/s/fixture")));
    }
}
