using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sobes.Testing;
using Sobes.Web.Tests.Infrastructure;

namespace Sobes.Web.Tests.Editing;

public sealed class EditingApiTests : IDisposable
{
    private readonly TempSqliteDatabase file = new();

    public void Dispose() => file.Dispose();

    [Fact]
    public async Task A_patch_changes_the_title_and_search_finds_it()
    {
        await using var app = new SobesApp(file.FilePath);
        var client = app.CreateClient();
        var id = await FirstIdAsync(client, "question");

        using var response = await client.PatchAsJsonAsync($"/api/v1/items/{id}", new { title = "Zebra-striped overfitting", topics = new[] { "validation" } });

        var item = await ReadAsync(response, HttpStatusCode.OK);
        Assert.Equal(("Zebra-striped overfitting", 2), (item.GetProperty("title").GetString(), item.GetProperty("revision").GetInt32()));
        Assert.Equal(["validation"], item.GetProperty("topics").EnumerateArray().Select(t => t.GetString()));
        var hits = (await client.GetJsonAsync("/api/v1/search?q=zebra")).GetProperty("hits");
        Assert.Equal(id, hits[0].GetProperty("id").GetInt64());
        var entry = (await client.GetJsonAsync($"/api/v1/items/{id}/edits"))[0];
        Assert.Equal(("edit", "local"), (entry.GetProperty("action").GetString(), entry.GetProperty("editor").GetString()));
    }

    [Fact]
    public async Task Invalid_patches_are_problem_details_naming_each_field()
    {
        await using var app = new SobesApp(file.FilePath);
        var client = app.CreateClient();
        var id = await FirstIdAsync(client, "question");

        using var response = await client.PatchAsJsonAsync($"/api/v1/items/{id}", new { kind = "poem", topics = new[] { "astrology" }, key = 2 });
        using var missing = await client.PatchAsJsonAsync("/api/v1/items/999999", new { title = "x" });

        var problem = await ReadAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.StartsWith("Unknown kind 'poem'", errors.GetProperty("kind")[0].GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Unknown topic 'astrology'", errors.GetProperty("topics")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("has no options", errors.GetProperty("key")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(1, (await client.GetJsonAsync($"/api/v1/items/{id}")).GetProperty("revision").GetInt32());
        Assert.Equal("There is no item 999999.", (await ReadAsync(missing, HttpStatusCode.NotFound)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_merge_then_a_split_restores_two_items()
    {
        await using var app = new SobesApp(file.FilePath);
        var client = app.CreateClient();
        var list = (await client.GetJsonAsync("/api/v1/items?kind=question&take=2")).GetProperty("items");
        var (id, other) = (list[0].GetProperty("id").GetInt64(), list[1].GetProperty("id").GetInt64());

        using var merged = await client.PostAsJsonAsync($"/api/v1/items/{id}/merge", new { other_id = other });
        using var self = await client.PostAsJsonAsync($"/api/v1/items/{id}/merge", new { other_id = id });

        Assert.Equal(2, (await ReadAsync(merged, HttpStatusCode.OK)).GetProperty("sources").GetArrayLength());
        Assert.Equal($"Item {id} cannot be merged into itself.", (await ReadAsync(self, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("other_id")[0].GetString());
        using (var gone = await client.GetAsync($"/api/v1/items/{other}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        }

        var provenances = await client.GetJsonAsync($"/api/v1/items/{id}/provenances");
        using var split = await client.PostAsJsonAsync($"/api/v1/items/{id}/split", new { provenance_id = provenances[1].GetProperty("id").GetInt64() });
        using var only = await client.PostAsJsonAsync($"/api/v1/items/{id}/split", new { provenance_id = provenances[0].GetProperty("id").GetInt64() });

        var both = await ReadAsync(split, HttpStatusCode.OK);
        Assert.Equal(1, both.GetProperty("item").GetProperty("merged").GetInt32());
        Assert.Equal(1, both.GetProperty("new_item").GetProperty("merged").GetInt32());
        Assert.Contains("only one provenance", (await ReadAsync(only, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("provenance_id")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_of_a_merged_away_item_leads_to_the_item_that_absorbed_it()
    {
        await using var app = new SobesApp(file.FilePath);
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var list = (await client.GetJsonAsync("/api/v1/items?kind=question&take=2")).GetProperty("items");
        var (id, other) = (list[0].GetProperty("id").GetInt64(), list[1].GetProperty("id").GetInt64());
        using (var merged = await client.PostAsJsonAsync($"/api/v1/items/{id}/merge", new { other_id = other }))
        {
            await ReadAsync(merged, HttpStatusCode.OK);
        }

        using var page = await client.GetAsync($"/items/{other}");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal($"/items/{id}", page.Headers.Location?.ToString());
    }

    private static async Task<long> FirstIdAsync(HttpClient client, string kind) =>
        (await client.GetJsonAsync($"/api/v1/items?kind={kind}&take=1")).GetProperty("items")[0].GetProperty("id").GetInt64();

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
