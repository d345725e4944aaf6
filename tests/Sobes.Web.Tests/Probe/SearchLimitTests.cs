using System.Net;
using Sobes.Testing;
using Sobes.Web.Tests.Infrastructure;

namespace Sobes.Web.Tests.Probe;

/// <summary>A search of more words than the engine takes is refused with a clear 400, not a 500.</summary>
public sealed class SearchLimitTests : IDisposable
{
    private readonly TempSqliteDatabase file = new();

    public void Dispose() => file.Dispose();

    private static string Words(int count) => string.Join(' ', Enumerable.Range(0, count).Select(i => "слово" + i));

    [Fact]
    public async Task The_api_answers_400_naming_q_for_a_search_of_1100_words()
    {
        await using var app = new SobesApp(file.FilePath);
        var client = app.CreateClient();

        using var response = await client.GetAsync("/api/v1/search?q=" + Uri.EscapeDataString(Words(1100)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"q\"", body, StringComparison.Ordinal);
        Assert.Contains("A search takes at most", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_library_page_answers_400_for_a_search_of_1100_words()
    {
        await using var app = new SobesApp(file.FilePath);
        var client = app.CreateClient();

        using var response = await client.GetAsync("/?q=" + Uri.EscapeDataString(Words(1100)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_search_of_64_words_is_answered()
    {
        await using var app = new SobesApp(file.FilePath);
        var client = app.CreateClient();

        using var response = await client.GetAsync("/api/v1/search?q=" + Uri.EscapeDataString(Words(64)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
