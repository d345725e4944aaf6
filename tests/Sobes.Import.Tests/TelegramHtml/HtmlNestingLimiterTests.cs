using Sobes.Import.TelegramHtml;

namespace Sobes.Import.Tests.TelegramHtml;

public sealed class HtmlNestingLimiterTests
{
    [Fact]
    public void Shallow_markup_is_returned_unchanged()
    {
        const string html = "<html><body><!-- c --><div><p>one<p>two<br><img src=x /></div><script>if (a < b) { x('<div>'); }</script></body></html>";

        var limited = HtmlNestingLimiter.Limit(html, out var flattened);

        Assert.False(flattened);
        Assert.Same(html, limited);
    }

    [Fact]
    public void Tags_past_the_limit_are_removed_and_their_text_kept()
    {
        var depth = HtmlNestingLimiter.MaxDepth + 100;
        var html = string.Concat(Enumerable.Range(0, depth).Select(i => $"<span>{i}")) + string.Concat(Enumerable.Repeat("</span>", depth)) + "<b>after</b>";

        var limited = HtmlNestingLimiter.Limit(html, out var flattened);

        Assert.True(flattened);
        Assert.Equal(HtmlNestingLimiter.MaxDepth + 1, limited.Split("<span>").Length);
        Assert.Equal(HtmlNestingLimiter.MaxDepth + 1, limited.Split("</span>").Length);
        Assert.Contains($"{depth - 1}", limited, StringComparison.Ordinal);
        Assert.EndsWith("<b>after</b>", limited, StringComparison.Ordinal);
    }
}
