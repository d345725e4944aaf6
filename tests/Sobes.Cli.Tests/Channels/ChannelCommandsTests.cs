using System.Text.Json;
using Sobes.Testing;
using Sobes.Testing.Channels;

namespace Sobes.Cli.Tests.Channels;

public sealed class ChannelCommandsTests : IDisposable
{
    private readonly TempSqliteDatabase database = new();
    private readonly PreviewServer server = new();

    public void Dispose()
    {
        server.Dispose();
        database.Dispose();
    }

    [Fact]
    public async Task Import_of_a_preview_url_reports_pages_fetched_and_posts_new_in_json()
    {
        server.Serve(new FixtureChannel("fixture", 50));

        var (exit, output) = await CliRun.RunAsync("import", server.PreviewUrl("fixture"), "--request-interval", "0", "--json", "--db", database.FilePath);

        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        var summary = doc.RootElement[0];
        Assert.Equal(3, summary.GetProperty("pages_fetched").GetInt32());
        Assert.Equal(50, summary.GetProperty("posts_new").GetInt32());
        Assert.Equal(50, summary.GetProperty("items_new").GetInt32() + summary.GetProperty("items_merged").GetInt32());
        Assert.Equal("telegram-channel", summary.GetProperty("sources")[0].GetProperty("format").GetString());
        Assert.True(summary.GetProperty("committed").GetBoolean());
    }

    [Fact]
    public async Task A_url_that_is_not_a_channel_preview_fails_like_any_unreadable_input()
    {
        var plain = new Uri(server.BaseAddress, "plain").AbsoluteUri;

        var (exit, output) = await CliRun.RunAsync("import", plain, "--request-interval", "0", "--db", database.FilePath);

        Assert.Equal(1, exit);
        Assert.Contains(plain + ": not a Telegram channel preview", output, StringComparison.Ordinal);
        Assert.Contains("nothing was imported", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_channel_without_a_preview_fails_with_a_message_naming_it()
    {
        server.ServeWithoutPreview(new FixtureChannel("hidden_channel", 5));

        var (exit, output) = await CliRun.RunAsync("import", server.PreviewUrl("hidden_channel"), "--request-interval", "0", "--db", database.FilePath);

        Assert.Equal(1, exit);
        Assert.Contains("'hidden_channel' has no public web preview", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_channel_name_is_refused()
    {
        var (exit, output) = await CliRun.RunAsync("import", "@x!", "--db", database.FilePath);

        Assert.Equal(1, exit);
        Assert.Contains("not a channel name", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Channels_add_list_sync_and_remove()
    {
        var channel = server.Serve(new FixtureChannel("fixture", 30));
        var url = server.PreviewUrl("fixture");

        var (addExit, added) = await CliRun.RunAsync("channels", "add", url, "--interval", "15", "--db", database.FilePath);
        var (syncExit, synced) = await CliRun.RunAsync("channels", "sync", "--request-interval", "0", "--json", "--db", database.FilePath);
        channel.Add(3);
        var (oneExit, one) = await CliRun.RunAsync("channels", "sync", "fixture", "--request-interval", "0", "--json", "--db", database.FilePath);
        var (_, listed) = await CliRun.RunAsync("channels", "list", "--json", "--db", database.FilePath);
        var (removeExit, _) = await CliRun.RunAsync("channels", "remove", "fixture", "--db", database.FilePath);
        var (_, empty) = await CliRun.RunAsync("channels", "list", "--json", "--db", database.FilePath);
        var (missingExit, missing) = await CliRun.RunAsync("channels", "remove", "fixture", "--db", database.FilePath);

        Assert.Equal((0, 0, 0, 0), (addExit, syncExit, oneExit, removeExit));
        Assert.Contains("following", added, StringComparison.Ordinal);
        using (var doc = JsonDocument.Parse(synced))
        {
            Assert.Equal(30, doc.RootElement[0].GetProperty("posts_new").GetInt32());
        }

        using (var doc = JsonDocument.Parse(one))
        {
            Assert.Equal(3, doc.RootElement[0].GetProperty("posts_new").GetInt32());
        }

        using (var doc = JsonDocument.Parse(listed))
        {
            var row = doc.RootElement.GetProperty("channels").EnumerateArray().Single();
            Assert.Equal("fixture", row.GetProperty("name").GetString());
            Assert.Equal(url, row.GetProperty("url").GetString());
            Assert.Equal(15, row.GetProperty("interval_minutes").GetInt32());
            Assert.Equal(33, row.GetProperty("newest_post").GetInt64());
            Assert.True(row.GetProperty("reached_beginning").GetBoolean());
            Assert.True(row.GetProperty("last_sync_ok").GetBoolean());
        }

        using (var doc = JsonDocument.Parse(empty))
        {
            Assert.Equal(0, doc.RootElement.GetProperty("channels").GetArrayLength());
        }

        Assert.Equal(3, missingExit);
        Assert.Contains("no channel 'fixture'", missing, StringComparison.Ordinal);
    }
}
