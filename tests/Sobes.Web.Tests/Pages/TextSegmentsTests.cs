using Sobes.Data.Library;
using Sobes.Web.Library;

namespace Sobes.Web.Tests.Pages;

public sealed class TextSegmentsTests
{
    [Fact]
    public void A_code_block_found_in_the_text_is_shown_where_it_stands()
    {
        var text = "Use ranks:\n\nx = 1\ny = 2\n\nThat is all.";
        var (segments, rest) = TextSegments.Split(text, [new CodeView("python", "x = 1\ny = 2")]);
        Assert.Empty(rest);
        Assert.Equal(["Use ranks:", "x = 1\ny = 2", "That is all."], segments.Select(s => s.Text));
        Assert.Equal([false, true, false], segments.Select(s => s.IsCode));
        Assert.Equal("python", segments[1].Language);
    }

    [Fact]
    public void A_code_block_missing_from_the_text_stays_apart()
    {
        var (segments, rest) = TextSegments.Split("Just words.", [new CodeView(null, "print(1)")]);
        Assert.Single(segments);
        Assert.False(segments[0].IsCode);
        Assert.Single(rest);
    }
}
