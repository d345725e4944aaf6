using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Sobes.Data.Storage;
using Sobes.Testing;
using Sobes.Testing.Channels;
using Sobes.Web.Tests.Infrastructure;

namespace Sobes.Web.Tests.Channels;

public sealed class ChannelsWebTests : IDisposable
{
    private readonly TempSqliteDatabase file = new();
    private readonly PreviewServer server = new();

    public void Dispose()
    {
        server.Dispose();
        file.Dispose();
    }

    [Fact]
    public async Task The_channels_page_follows_a_channel_syncs_it_now_shows_the_result_and_removes_it()
    {
        server.Serve(new FixtureChannel("fixture", 45));
        await using var app = App(background: false);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var empty = await client.GetStringAsync("/channels?lang=en");
        var token = await client.AntiforgeryTokenAsync("/channels?lang=en");

        using var added = await client.PostAsync("/channels?handler=Add", Form(token, ("channel", server.PreviewUrl("fixture")), ("interval", "30")));
        using var refused = await client.PostAsync("/channels?handler=Add&lang=en", Form(token, ("channel", "@x!")));
        using var synced = await client.PostAsync("/channels?handler=Sync&lang=en", Form(token, ("name", "fixture")));
        var syncedHtml = await synced.Content.ReadAsStringAsync();
        var listed = await client.GetStringAsync("/channels?lang=en");
        using var removed = await client.PostAsync("/channels?handler=Remove", Form(token, ("name", "fixture")));
        var after = await client.GetStringAsync("/channels?lang=en");

        Assert.Contains("id=\"no-channels\"", empty, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("not a channel name", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, synced.StatusCode);
        Assert.Contains("id=\"sync-result\"", syncedHtml, StringComparison.Ordinal);
        Assert.Contains("3 pages fetched, 45 new posts", syncedHtml, StringComparison.Ordinal);
        Assert.Contains("Fixture interview channel", listed, StringComparison.Ordinal);
        Assert.Contains("30 min", listed, StringComparison.Ordinal);
        Assert.Contains("1–45", listed, StringComparison.Ordinal);
        Assert.Contains("3 pages, 45 new posts", listed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Contains("id=\"no-channels\"", after, StringComparison.Ordinal);
        Assert.Equal(45, (await client.GetJsonAsync("/api/v1/items?take=1")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_api_syncs_a_followed_channel_now_and_reports_pages_and_new_posts()
    {
        var channel = server.Serve(new FixtureChannel("fixture", 30));
        await using var app = App(background: false);
        var client = app.CreateClient();

        using var add = await client.PostAsJsonAsync("/api/v1/channels", new { channel = server.PreviewUrl("fixture") });
        var first = await SyncAsync(client, "fixture");
        channel.Add(5);
        var second = await SyncAsync(client, "fixture");
        using var missing = await client.PostAsync("/api/v1/channels/nobody_here/sync", null);
        var list = await client.GetJsonAsync("/api/v1/channels");

        Assert.Equal(HttpStatusCode.OK, add.StatusCode);
        Assert.Equal((2, 30, 30), (first.GetProperty("pages_fetched").GetInt32(), first.GetProperty("posts_new").GetInt32(), first.GetProperty("items_new").GetInt32() + first.GetProperty("items_merged").GetInt32()));
        Assert.Equal(5, second.GetProperty("posts_new").GetInt32());
        Assert.Equal(0, second.GetProperty("errors").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var row = list.GetProperty("channels")[0];
        Assert.Equal(35, row.GetProperty("newest_post").GetInt64());
        Assert.True(row.GetProperty("last_sync_ok").GetBoolean());
    }

    [Fact]
    public async Task Two_hosts_on_one_database_sync_a_due_channel_once()
    {
        server.Serve(new FixtureChannel("fixture", 60));
        using (var database = await SobesDatabase.OpenAsync(DatabaseLocation.Sqlite(file.FilePath)))
        await using (var db = database.CreateContext())
        {
            await Data.Channels.FollowedChannels.AddAsync(db, Import.Channels.ChannelAddress.Parse(server.PreviewUrl("fixture"), out _)!, null, DateTimeOffset.UtcNow, default);
        }

        await using var one = App(background: true);
        await using var two = App(background: true);
        one.CreateClient().Dispose();
        two.CreateClient().Dispose();

        var synced = await WaitForSyncAsync();
        // Both hosts keep looking (every 100 ms) for a while; neither syncs the channel again within its interval.
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.True(synced, "the channel was not synced in the background");
        Assert.Equal(["/s/fixture", "/s/fixture?before=41", "/s/fixture?before=21"], server.Log.Select(r => r.PathAndQuery));
    }

    private SobesApp App(bool background) => new(file.FilePath, sample: false, settings: new Dictionary<string, string>
    {
        ["Sobes:Channels:RequestInterval"] = "0",
        ["Sobes:Channels:Background"] = background ? "true" : "false",
        ["Sobes:Channels:Check"] = "0.1",
    });

    private async Task<bool> WaitForSyncAsync()
    {
        for (var i = 0; i < 300; i++)
        {
            using (var database = await SobesDatabase.OpenAsync(DatabaseLocation.Sqlite(file.FilePath)))
            await using (var db = database.CreateContext())
            {
                if (await db.Channels.AnyAsync(c => c.LastSyncOk == true))
                {
                    return true;
                }
            }

            await Task.Delay(100);
        }

        return false;
    }

    private static async Task<JsonElement> SyncAsync(HttpClient client, string name)
    {
        using var response = await client.PostAsync($"/api/v1/channels/{name}/sync", null);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static FormUrlEncodedContent Form(string token, params (string Key, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Key, f.Value)).Prepend(KeyValuePair.Create("__csrf", token)));
}
