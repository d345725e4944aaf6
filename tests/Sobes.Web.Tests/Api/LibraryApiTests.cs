using System.Net;
using System.Text.Json;
using Sobes.Data.Importing;
using Sobes.Data.Storage;
using Sobes.Testing;
using Sobes.Web.Tests.Infrastructure;

namespace Sobes.Web.Tests.Api;

public sealed class LibraryApiTests : IDisposable
{
    private readonly TempSqliteDatabase file = new();

    public void Dispose() => file.Dispose();

    [Fact]
    public async Task First_start_on_an_empty_database_imports_the_sample()
    {
        await using var app = new SobesApp(file.FilePath);
        var stats = await app.CreateClient().GetJsonAsync("/api/v1/stats");
        Assert.True(stats.GetProperty("items").GetInt32() > 10);
        Assert.Equal(1, stats.GetProperty("sources").GetInt32());
        Assert.True(stats.GetProperty("by_kind").GetProperty("question").GetInt32() > 0);
    }

    [Fact]
    public async Task The_sample_is_imported_once_across_restarts()
    {
        int first;
        await using (var app = new SobesApp(file.FilePath))
        {
            first = (await app.CreateClient().GetJsonAsync("/api/v1/stats")).GetProperty("items").GetInt32();
        }

        await using var again = new SobesApp(file.FilePath);
        var stats = await again.CreateClient().GetJsonAsync("/api/v1/stats");
        Assert.Equal(first, stats.GetProperty("items").GetInt32());
        Assert.Equal(1, stats.GetProperty("sources").GetInt32());
    }

    [Fact]
    public async Task A_database_that_has_items_gets_no_sample()
    {
        var database = await SobesDatabase.OpenAsync(DatabaseLocation.Sqlite(file.FilePath));
        var report = await new LibraryImporter(database, TimeProvider.System).ImportAsync([TestHttp.FixturePath("payload.json")]);
        Assert.True(report.Committed);

        await using var app = new SobesApp(file.FilePath);
        var stats = await app.CreateClient().GetJsonAsync("/api/v1/stats");
        Assert.Equal(1, stats.GetProperty("sources").GetInt32());
        Assert.Equal(report.ItemsNew, stats.GetProperty("items").GetInt32());
    }

    [Fact]
    public async Task The_library_downloads_as_an_anki_package_of_the_filtered_items()
    {
        await using var app = new SobesApp(file.FilePath);
        var client = app.CreateClient();

        using var all = await client.GetAsync("/api/v1/export.apkg?progress=true");
        using var quizzes = await client.GetAsync("/api/v1/export.apkg?kind=quiz");

        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        Assert.Equal("application/zip", all.Content.Headers.ContentType?.MediaType);
        Assert.Equal("sobes.apkg", all.Content.Headers.ContentDisposition?.FileNameStar ?? all.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var whole = await all.Content.ReadAsByteArrayAsync();
        var quizOnly = await quizzes.Content.ReadAsByteArrayAsync();
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(whole));
        Assert.Equal(["collection.anki21", "collection.anki2", "media"], zip.Entries.Select(e => e.FullName));
        Assert.True(quizOnly.Length > 0 && quizOnly.Length < whole.Length, $"{quizOnly.Length} bytes of quizzes, {whole.Length} in all");
    }

    [Fact]
    public async Task Items_list_pages_in_id_order_with_the_total()
    {
        await using var app = new SobesApp(file.FilePath);
        var page = await app.CreateClient().GetJsonAsync("/api/v1/items?skip=2&take=3");
        Assert.Equal(2, page.GetProperty("skip").GetInt32());
        Assert.Equal(3, page.GetProperty("take").GetInt32());
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(3, items.Count);
        Assert.True(page.GetProperty("total").GetInt32() > 3);
        var ids = items.Select(i => i.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(ids.Order(), ids);
        Assert.All(items, i => Assert.Equal(JsonValueKind.Array, i.GetProperty("topics").ValueKind));
    }

    [Fact]
    public async Task Items_list_filters_by_kind()
    {
        await using var app = new SobesApp(file.FilePath);
        var page = await app.CreateClient().GetJsonAsync("/api/v1/items?kind=quiz&take=200");
        var kinds = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("kind").GetString()).ToList();
        Assert.NotEmpty(kinds);
        Assert.All(kinds, k => Assert.Equal("quiz", k));
    }

    [Fact]
    public async Task An_item_is_the_documented_snake_case_shape()
    {
        await using var app = new SobesApp(file.FilePath);
        var item = await app.CreateClient().GetJsonAsync("/api/v1/items/1");
        Assert.Equal(1, item.GetProperty("id").GetInt64());
        foreach (var name in new[] { "kind", "kind_rule", "title", "body", "language", "options", "topics", "links", "code", "sources", "merged", "created_at", "updated_at" })
        {
            Assert.True(item.TryGetProperty(name, out _), "missing " + name);
        }

        var source = item.GetProperty("sources")[0];
        Assert.Equal("sobes-sample.json", source.GetProperty("source").GetString());
        Assert.True(source.TryGetProperty("source_title", out _));
    }

    [Fact]
    public async Task An_unknown_item_is_a_404_problem()
    {
        await using var app = new SobesApp(file.FilePath);
        var client = app.CreateClient();
        foreach (var url in new[] { "/api/v1/items/987654", "/api/v1/items/987654/similar" })
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(404, problem.GetProperty("status").GetInt32());
            Assert.Contains("987654", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_negative_skip_is_a_validation_problem()
    {
        await using var app = new SobesApp(file.FilePath);
        using var response = await app.CreateClient().GetAsync("/api/v1/items?skip=-1");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("skip", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_finds_word_forms_and_marks_them_in_snippets()
    {
        await using var app = new SobesApp(file.FilePath);
        var results = await app.CreateClient().GetJsonAsync("/api/v1/search?q=precision");
        Assert.True(results.GetProperty("total").GetInt32() > 0);
        var hit = results.GetProperty("hits")[0];
        Assert.Contains("[[", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.True(hit.GetProperty("id").GetInt64() > 0);
    }

    [Fact]
    public async Task Search_honours_the_kind_filter()
    {
        await using var app = new SobesApp(file.FilePath);
        var results = await app.CreateClient().GetJsonAsync("/api/v1/search?q=модель&kind=quiz");
        Assert.All(results.GetProperty("hits").EnumerateArray(), h => Assert.Equal("quiz", h.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task Similar_items_exclude_the_item_itself()
    {
        await using var app = new SobesApp(file.FilePath);
        var hits = await app.CreateClient().GetJsonAsync("/api/v1/items/1/similar");
        Assert.Equal(JsonValueKind.Array, hits.ValueKind);
        Assert.True(hits.GetArrayLength() > 0);
        Assert.DoesNotContain(hits.EnumerateArray(), h => h.GetProperty("id").GetInt64() == 1);
    }

    [Fact]
    public async Task The_openapi_document_lists_the_api()
    {
        await using var app = new SobesApp(file.FilePath, sample: false);
        var document = await app.CreateClient().GetJsonAsync("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/items", "/api/v1/items/{id}", "/api/v1/items/{id}/similar", "/api/v1/search", "/api/v1/stats" })
        {
            Assert.True(paths.TryGetProperty(path, out _), "missing " + path);
        }
    }
}
