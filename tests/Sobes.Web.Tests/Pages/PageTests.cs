using System.Net;
using Sobes.Testing;
using Sobes.Web.Tests.Infrastructure;

namespace Sobes.Web.Tests.Pages;

public sealed partial class PageTests : IDisposable
{
    private readonly TempSqliteDatabase file = new();

    public void Dispose() => file.Dispose();

    [Fact]
    public async Task The_library_lists_the_sample_with_kind_badges()
    {
        await using var app = new SobesApp(file.FilePath);
        var html = await app.CreateClient().GetStringAsync("/?lang=en&sort=id");
        Assert.Contains("class=\"item-card\"", html, StringComparison.Ordinal);
        Assert.Contains("badge kind-question", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/items/1\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_highlights_matches_with_mark()
    {
        await using var app = new SobesApp(file.FilePath);
        var html = await app.CreateClient().GetStringAsync("/?q=precision");
        Assert.Contains("<mark>", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_library_pages_through_items()
    {
        await using var app = new SobesApp(file.FilePath);
        var client = app.CreateClient();
        var first = Ids(await client.GetStringAsync("/?sort=id"));
        var second = Ids(await client.GetStringAsync("/?sort=id&p=2"));
        Assert.Equal(20, first.Count);
        Assert.NotEmpty(second);
        Assert.Empty(first.Intersect(second));
        Assert.True(first.Max() < second.Min());

        // The default order (newest post first) pages without repeating an item either.
        var newest = Ids(await client.GetStringAsync("/"));
        Assert.Equal(20, newest.Count);
        Assert.Empty(newest.Intersect(Ids(await client.GetStringAsync("/?p=2"))));
    }

    [Fact]
    public async Task The_item_page_shows_the_item_and_similar_items()
    {
        await using var app = new SobesApp(file.FilePath);
        var html = await app.CreateClient().GetStringAsync("/items/1?lang=en");
        Assert.Contains("class=\"item-heading\"", html, StringComparison.Ordinal);
        Assert.Contains("Similar items", html, StringComparison.Ordinal);
        Assert.Contains("sobes-sample.json", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_item_page_is_a_404_page()
    {
        await using var app = new SobesApp(file.FilePath, sample: false);
        using var response = await app.CreateClient().GetAsync("/items/424242");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("error-page", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_stats_page_draws_bars()
    {
        await using var app = new SobesApp(file.FilePath);
        var html = await app.CreateClient().GetStringAsync("/stats");
        Assert.Contains("class=\"bar-fill\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_follows_the_query_and_then_the_cookie()
    {
        await using var app = new SobesApp(file.FilePath, sample: false);
        var client = app.CreateClient();
        Assert.Contains("Библиотека", await client.GetStringAsync("/?lang=ru"), StringComparison.Ordinal);
        Assert.Contains("<html lang=\"ru\">", await client.GetStringAsync("/stats"), StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", await client.GetStringAsync("/stats?lang=en"), StringComparison.Ordinal);
        Assert.Contains("Statistics", await client.GetStringAsync("/stats"), StringComparison.Ordinal);
    }

    private static List<long> Ids(string html) =>
        ItemLink().Matches(html).Select(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();

    [System.Text.RegularExpressions.GeneratedRegex("class=\"item-title\" href=\"/items/(\\d+)\"")]
    private static partial System.Text.RegularExpressions.Regex ItemLink();
}
