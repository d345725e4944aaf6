using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Sobes.Testing;
using Sobes.Web.Tests.Infrastructure;

namespace Sobes.Web.Tests.Owning;

public sealed class OwningTests : IDisposable
{
    private readonly TempSqliteDatabase file = new();

    public void Dispose() => file.Dispose();

    [Fact]
    public async Task The_api_deletes_and_restores_an_item_and_a_deleted_item_leaves_the_list_and_search()
    {
        await using var app = new SobesApp(file.FilePath);
        var client = app.CreateClient();
        var item = (await client.GetJsonAsync("/api/v1/items?kind=question&take=1")).GetProperty("items")[0];
        var id = item.GetProperty("id").GetInt64();
        var total = (await client.GetJsonAsync("/api/v1/items")).GetProperty("total").GetInt32();

        using var deleted = await client.DeleteAsync($"/api/v1/items/{id}");

        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal(total - 1, (await client.GetJsonAsync("/api/v1/items")).GetProperty("total").GetInt32());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, (await client.GetJsonAsync($"/api/v1/items/{id}")).GetProperty("deleted_at").ValueKind);
        Assert.Equal(id, (await client.GetJsonAsync("/api/v1/items?deleted=true")).GetProperty("items")[0].GetProperty("id").GetInt64());
        var title = item.GetProperty("title").GetString()!;
        var hits = (await client.GetJsonAsync("/api/v1/search?q=" + Uri.EscapeDataString(title))).GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetInt64());
        Assert.DoesNotContain(id, hits);

        using var restored = await client.PostAsync($"/api/v1/items/{id}/restore", null);
        using var missing = await client.DeleteAsync("/api/v1/items/999999");

        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        Assert.Equal(total, (await client.GetJsonAsync("/api/v1/items")).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task The_api_lists_in_id_order_by_default_takes_sort_and_refuses_an_unknown_one()
    {
        await using var app = new SobesApp(file.FilePath);
        var client = app.CreateClient();

        var ids = (await client.GetJsonAsync("/api/v1/items?take=200")).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).ToList();
        var newest = (await client.GetJsonAsync("/api/v1/items?take=200&sort=newest")).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("posted_at").GetDateTimeOffset()).ToList();
        using var bad = await client.GetAsync("/api/v1/items?sort=sideways");

        Assert.Equal(ids.Order().ToList(), ids);
        Assert.Equal(newest.OrderDescending().ToList(), newest);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task The_library_page_hides_ads_unless_asked_and_lists_newest_first()
    {
        await using var app = new SobesApp(file.FilePath);
        var client = app.CreateClient();
        var ad = (await client.GetJsonAsync("/api/v1/items?kind=ad&take=1")).GetProperty("items")[0].GetProperty("id").GetInt64();
        var newest = (await client.GetJsonAsync("/api/v1/items?take=1&sort=newest&hide_ads=true")).GetProperty("items")[0].GetProperty("id").GetInt64();

        var page = await client.GetStringAsync("/");
        var withAds = await client.GetStringAsync("/?ads=true&sort=id&p=1");
        var ads = await client.GetStringAsync("/?kind=ad");

        Assert.DoesNotContain($"href=\"/items/{ad}\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/items/{newest}\"", page, StringComparison.Ordinal);
        var first = page.IndexOf("class=\"item-title\" href=\"/items/", StringComparison.Ordinal);
        Assert.StartsWith($"class=\"item-title\" href=\"/items/{newest}\"", page[first..], StringComparison.Ordinal);
        Assert.Contains($"href=\"/items/{ad}\"", ads, StringComparison.Ordinal);
        Assert.Contains("id=\"sample-banner\"", withAds, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remove_the_sample_empties_the_library_in_one_post_and_sources_can_restore_it()
    {
        await using var app = new SobesApp(file.FilePath);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var token = await client.AntiforgeryTokenAsync("/");

        using var removed = await client.PostAsync("/?handler=RemoveSample", new FormUrlEncodedContent(new Dictionary<string, string> { ["__csrf"] = token }));

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(0, (await client.GetJsonAsync("/api/v1/items")).GetProperty("total").GetInt32());
        Assert.DoesNotContain("id=\"sample-banner\"", await client.GetStringAsync("/"), StringComparison.Ordinal);
        var source = (await client.GetJsonAsync("/api/v1/sources"))[0];
        Assert.True(source.GetProperty("sample").GetBoolean());
        var sourcesPage = await client.GetStringAsync("/sources");
        Assert.Contains($"id=\"source-{source.GetProperty("id").GetInt64()}\" class=\"deleted\"", sourcesPage, StringComparison.Ordinal);

        using var restored = await client.PostAsync($"/api/v1/sources/{source.GetProperty("id").GetInt64()}/restore", null);
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        Assert.True((await client.GetJsonAsync("/api/v1/items")).GetProperty("total").GetInt32() >= 25);
    }

    [Fact]
    public async Task The_review_page_lists_the_queue_with_reasons_and_a_dismissal_takes_an_item_out()
    {
        await using var app = new SobesApp(file.FilePath);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var queue = await client.GetJsonAsync("/api/v1/review?limit=1");
        var total = queue.GetProperty("total").GetInt32();
        var id = queue.GetProperty("items")[0].GetProperty("id").GetInt64();
        var page = await client.GetStringAsync("/review?lang=en");
        Assert.Contains($"id=\"review-{id}\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/items/{id}/edit\"", page, StringComparison.Ordinal);

        var token = await client.AntiforgeryTokenAsync("/review");
        using var dismissed = await client.PostAsync($"/review?handler=Dismiss&id={id}", new FormUrlEncodedContent(new Dictionary<string, string> { ["__csrf"] = token }));

        Assert.Equal(HttpStatusCode.Redirect, dismissed.StatusCode);
        Assert.Equal(total - 1, (await client.GetJsonAsync("/api/v1/review")).GetProperty("total").GetInt32());
        Assert.Empty((await client.GetJsonAsync($"/api/v1/items/{id}")).GetProperty("review").EnumerateArray());
    }

    [Fact]
    public async Task A_bulk_action_on_a_filtered_list_deletes_its_items_and_refuses_an_empty_filter()
    {
        await using var app = new SobesApp(file.FilePath);
        var client = app.CreateClient();
        var ads = (await client.GetJsonAsync("/api/v1/items?kind=ad")).GetProperty("total").GetInt32();
        Assert.True(ads > 0);

        using var refused = await client.PostAsJsonAsync("/api/v1/items/bulk", new { action = "delete", filter = new { } });
        using var done = await client.PostAsJsonAsync("/api/v1/items/bulk", new { action = "delete", filter = new { kind = new[] { "ad" } } });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal(0, (await client.GetJsonAsync("/api/v1/items?kind=ad")).GetProperty("total").GetInt32());
        Assert.Equal(ads, (await client.GetJsonAsync("/api/v1/items?kind=ad&deleted=true")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_library_pages_bulk_form_deletes_the_filtered_list_and_the_deleted_state_restores_it()
    {
        await using var app = new SobesApp(file.FilePath);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var ads = (await client.GetJsonAsync("/api/v1/items?kind=ad")).GetProperty("total").GetInt32();
        var page = await client.GetStringAsync("/?kind=ad");
        Assert.Contains("id=\"bulk\"", page, StringComparison.Ordinal);
        var token = await client.AntiforgeryTokenAsync("/?kind=ad");

        using var unfiltered = await client.PostAsync("/?handler=Bulk", new FormUrlEncodedContent(new Dictionary<string, string> { ["__csrf"] = token, ["action"] = "delete" }));
        using var deleted = await client.PostAsync("/?kind=ad&handler=Bulk", new FormUrlEncodedContent(new Dictionary<string, string> { ["__csrf"] = token, ["action"] = "delete" }));

        Assert.Equal(HttpStatusCode.BadRequest, unfiltered.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Contains($"done={ads}", deleted.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, (await client.GetJsonAsync("/api/v1/items?kind=ad")).GetProperty("total").GetInt32());

        using var restored = await client.PostAsync("/?kind=ad&state=deleted&handler=Bulk", new FormUrlEncodedContent(new Dictionary<string, string> { ["__csrf"] = token, ["action"] = "restore" }));

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal(ads, (await client.GetJsonAsync("/api/v1/items?kind=ad")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_deleted_items_page_says_so_and_restores_it()
    {
        await using var app = new SobesApp(file.FilePath);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var id = (await client.GetJsonAsync("/api/v1/items?kind=question&take=1")).GetProperty("items")[0].GetProperty("id").GetInt64();
        var token = await client.AntiforgeryTokenAsync($"/items/{id}");

        using var deleted = await client.PostAsync($"/items/{id}?handler=Delete", new FormUrlEncodedContent(new Dictionary<string, string> { ["__csrf"] = token }));
        var page = await client.GetStringAsync($"/items/{id}");
        using var restored = await client.PostAsync($"/items/{id}?handler=Restore", new FormUrlEncodedContent(new Dictionary<string, string> { ["__csrf"] = token }));

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Contains("id=\"deleted-notice\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"item-restore\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.DoesNotContain("id=\"deleted-notice\"", await client.GetStringAsync($"/items/{id}"), StringComparison.Ordinal);
    }
}
