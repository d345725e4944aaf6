using Sobes.Web.Shared;

namespace Sobes.Web.Tests.Pages;

public sealed class MarkupTests
{
    [Fact]
    public void A_snippet_is_encoded_before_its_matches_are_marked()
    {
        var html = Markup.Snippet("<b>[[Precision]]</b> & recall").ToString();
        Assert.Equal("&lt;b&gt;<mark>Precision</mark>&lt;/b&gt; &amp; recall", html);
    }

    [Theory]
    [InlineData("https://example.org/a", true)]
    [InlineData("http://example.org", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JavaScript:alert(1)", false)]
    [InlineData("data:text/html,<script>", false)]
    [InlineData("tg://resolve?domain=x", false)]
    [InlineData("/relative", false)]
    public void Only_http_and_https_links_become_anchors(string link, bool anchor) =>
        Assert.Equal(anchor, Markup.IsWebLink(link));

    [Fact]
    public void Russian_counts_agree_with_their_noun()
    {
        var t = new Sobes.Web.Localization.Texts("ru");
        Assert.Equal("1 элемент", t.Count(1, "library.items"));
        Assert.Equal("3 элемента", t.Count(3, "library.items"));
        Assert.Equal("12 элементов", t.Count(12, "library.items"));
        Assert.Equal("21 элемент", t.Count(21, "library.items"));
        Assert.Equal("2 items", new Sobes.Web.Localization.Texts("en").Count(2, "library.items"));
    }
}
