using Microsoft.EntityFrameworkCore;
using Sobes.Data.Channels;
using Sobes.Data.Importing;
using Sobes.Data.Tests.Importing;
using Sobes.Import.Channels;
using Sobes.Testing;
using Sobes.Testing.Channels;

namespace Sobes.Data.Tests.Channels;

/// <summary>Channel syncs against a loopback server of generated preview pages (20 posts a page, 2 pages re-read).</summary>
public sealed class ChannelSyncTests(PostgresServer postgres) : IClassFixture<PostgresServer>, IDisposable
{
    private static readonly ChannelSyncOptions Fast = new(new ChannelPoliteness(TimeSpan.Zero));

    private readonly PreviewServer server = new();

    public static TheoryData<string> Providers => new() { "sqlite", "postgres" };

    public void Dispose() => server.Dispose();

    [Fact]
    public async Task A_first_sync_pages_through_2000_posts_and_a_second_fetches_only_the_new_page_and_the_reread_window()
    {
        await using var library = await TestLibrary.CreateAsync("sqlite", postgres);
        var channel = server.Serve(new FixtureChannel("fixture", 2000));

        var first = await Sync(library).ImportAsync(Address("fixture"));

        Assert.False(first.HasErrors, Errors(first));
        Assert.Equal(100, first.PagesFetched);
        Assert.Equal(2000, first.PostsNew);
        Assert.Equal(2000, first.ItemsNew + first.ItemsMerged);
        Assert.Equal(100, server.Log.Select(r => r.PathAndQuery).Distinct().Count());
        Assert.All(server.Log, r => Assert.Equal(PreviewClient.UserAgent, r.UserAgent));
        await using (var db = library.Context())
        {
            var source = await db.Sources.SingleAsync();
            Assert.Equal(LibraryImporter.ChannelFormat, source.Format);
            Assert.Equal(2000, source.PostCount);
            Assert.Equal("Fixture interview channel", source.Title);
            var stored = await db.Channels.SingleAsync();
            Assert.Equal((2000L, 1L, true), (stored.NewestPost!.Value, stored.OldestPost!.Value, stored.ReachedBeginning));
            Assert.True(stored.LastSyncOk);
        }

        channel.Add(20);
        server.ClearLog();
        var second = await Sync(library).ImportAsync(Address("fixture"));

        Assert.False(second.HasErrors, Errors(second));
        Assert.Equal(["/s/fixture", "/s/fixture?before=2001", "/s/fixture?before=1981"], server.Log.Select(r => r.PathAndQuery));
        Assert.Equal(3, second.PagesFetched);
        Assert.Equal(20, second.PostsNew);
        Assert.Equal(20, second.ItemsNew + second.ItemsMerged);
        Assert.Equal(0, second.ItemsUpdated);
        await using var after = library.Context();
        Assert.Equal(2020, (await after.Channels.SingleAsync()).NewestPost);
        Assert.Equal(1, await after.Sources.CountAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task An_edited_post_in_the_reread_window_updates_its_item_and_an_unchanged_reread_changes_nothing(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        var channel = server.Serve(new FixtureChannel("fixture", 100));
        await Sync(library).ImportAsync(Address("fixture"));
        var items = await CountAsync(library);

        channel.Edit(91);
        var edited = await Sync(library).ImportAsync(Address("fixture"));
        var changes = await ChangesAsync(library);
        var unchanged = await Sync(library).ImportAsync(Address("fixture"));

        Assert.False(edited.HasErrors, Errors(edited));
        Assert.Equal(1, edited.ItemsUpdated);
        Assert.Equal(0, edited.ItemsNew + edited.PostsNew);
        Assert.Equal(items, await CountAsync(library));
        await using (var db = library.Context())
        {
            Assert.Equal(1, await db.Items.CountAsync(i => i.Body.Contains(FixtureChannel.EditMark(91))));
        }

        Assert.Equal((0, 0, 0, 0), (unchanged.ItemsNew, unchanged.ItemsUpdated, unchanged.ItemsMerged, unchanged.PostsNew));
        Assert.Equal(changes, await ChangesAsync(library));
        Assert.Equal(1, (await library.SearchAsync("corrected")).Total);
        Assert.Equal(items, await library.IndexCountAsync());
    }

    [Fact]
    public async Task A_429_is_honoured_by_waiting_its_retry_after_before_asking_again()
    {
        await using var library = await TestLibrary.CreateAsync("sqlite", postgres);
        server.Serve(new FixtureChannel("fixture", 60));
        server.RefuseOnce(2, retryAfter: 1);

        var report = await Sync(library).ImportAsync(Address("fixture"));

        Assert.False(report.HasErrors, Errors(report));
        Assert.Equal(3, report.PagesFetched);
        var log = server.Log;
        Assert.Equal([200, 429, 200, 200], log.Select(r => r.Status));
        Assert.Equal(log[1].PathAndQuery, log[2].PathAndQuery);
        Assert.True(log[2].At - log[1].At >= TimeSpan.FromSeconds(1), $"asked again after {(log[2].At - log[1].At).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task A_server_failing_midway_leaves_the_committed_pages_and_the_next_sync_resumes_from_the_cursors()
    {
        await using var library = await TestLibrary.CreateAsync("sqlite", postgres);
        server.Serve(new FixtureChannel("fixture", 200));
        server.FailAfter(4);

        var broken = await Sync(library).ImportAsync(Address("fixture"));

        Assert.True(broken.HasErrors);
        Assert.True(broken.Committed);
        Assert.Equal(4, broken.PagesFetched);
        Assert.Contains(server.PreviewUrl("fixture") + "?before=121", Errors(broken), StringComparison.Ordinal);
        Assert.Equal(80, await CountAsync(library));
        await using (var db = library.Context())
        {
            var stored = await db.Channels.SingleAsync();
            Assert.Equal((200L, 121L, false), (stored.NewestPost!.Value, stored.OldestPost!.Value, stored.ReachedBeginning));
            Assert.False(stored.LastSyncOk);
        }

        server.Recover();
        server.ClearLog();
        var resumed = await Sync(library).ImportAsync(Address("fixture"));

        Assert.False(resumed.HasErrors, Errors(resumed));
        Assert.Equal(120, resumed.PostsNew);
        Assert.Equal(200, await CountAsync(library));
        // The newest page (imported before, so the first of the two re-read) and one more, then only what the broken sync had not reached.
        Assert.Equal(["/s/fixture", "/s/fixture?before=181", "/s/fixture?before=121", "/s/fixture?before=101", "/s/fixture?before=81", "/s/fixture?before=61", "/s/fixture?before=41", "/s/fixture?before=21"],
            server.Log.Select(r => r.PathAndQuery));
    }

    [Fact]
    public async Task A_cancelled_sync_keeps_its_committed_pages_and_the_next_sync_resumes()
    {
        await using var library = await TestLibrary.CreateAsync("sqlite", postgres);
        server.Serve(new FixtureChannel("fixture", 200));
        using var cancel = new CancellationTokenSource();
        var pages = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Sync(library).ImportAsync(Address("fixture"), new Now<ImportProgress>(_ =>
        {
            if (++pages == 3)
            {
                cancel.Cancel();
            }
        }), cancel.Token));

        await using (var db = library.Context())
        {
            var stored = await db.Channels.SingleAsync();
            Assert.Equal((200L, 141L), (stored.NewestPost!.Value, stored.OldestPost!.Value));
            Assert.Contains("interrupted", stored.LastSyncResult, StringComparison.Ordinal);
        }

        server.ClearLog();
        var resumed = await Sync(library).ImportAsync(Address("fixture"));

        Assert.False(resumed.HasErrors, Errors(resumed));
        Assert.Equal(140, resumed.PostsNew);
        Assert.Equal(2 + 7, resumed.PagesFetched);
        Assert.Equal(200, await CountAsync(library));
    }

    [Fact]
    public async Task A_channel_without_a_public_preview_is_a_clear_error()
    {
        await using var library = await TestLibrary.CreateAsync("sqlite", postgres);
        server.ServeWithoutPreview(new FixtureChannel("hidden_channel", 10));

        var report = await Sync(library).ImportAsync(Address("hidden_channel"));

        Assert.False(report.Committed);
        Assert.Equal(0, report.PagesFetched);
        Assert.Contains("has no public web preview", Errors(report), StringComparison.Ordinal);
        Assert.Contains(server.PreviewUrl("hidden_channel"), Errors(report), StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(library));
    }

    [Fact]
    public async Task A_page_that_is_not_a_channel_preview_and_an_unreachable_server_are_clear_errors()
    {
        await using var library = await TestLibrary.CreateAsync("sqlite", postgres);
        var plain = new Uri(server.BaseAddress, "plain").AbsoluteUri;
        var closed = ClosedPortUrl();

        var notPreview = await Sync(library).ImportAsync(ChannelAddress.Parse(plain, out _)!);
        var unreachable = await Sync(library).ImportAsync(ChannelAddress.Parse(closed, out _)!);

        Assert.Contains(plain + ": not a Telegram channel preview", Errors(notPreview), StringComparison.Ordinal);
        Assert.Contains(closed + ": cannot reach the server", Errors(unreachable), StringComparison.Ordinal);
        Assert.False(notPreview.Committed || unreachable.Committed);
    }

    [Fact]
    public async Task A_channel_being_synced_elsewhere_is_not_synced_twice()
    {
        await using var library = await TestLibrary.CreateAsync("sqlite", postgres);
        server.Serve(new FixtureChannel("fixture", 10));
        ChannelRecord channel;
        await using (var db = library.Context())
        {
            channel = await FollowedChannels.AddAsync(db, Address("fixture"), null, DateTimeOffset.UtcNow, default);
        }

        Assert.True(await SyncLease.TryAcquireAsync(library.Database, SyncLease.OfChannel(channel.Id), "other-host", TimeSpan.FromMinutes(1), DateTimeOffset.UtcNow, default));

        var report = await Sync(library).SyncAsync(channel);

        Assert.Contains("another sync of this channel is running (other-host)", Errors(report), StringComparison.Ordinal);
        Assert.Empty(server.Log);
    }

    private ChannelAddress Address(string name) => ChannelAddress.Parse(server.PreviewUrl(name), out _)!;

    private static ChannelSync Sync(TestLibrary library) => new(library.Database, library.Importer, TimeProvider.System, Fast);

    private static string Errors(ImportReport report) =>
        string.Join("\n", report.Diagnostics.Concat(report.Sources.SelectMany(s => s.Diagnostics)).Select(d => d.ToString()));

    private static async Task<int> CountAsync(TestLibrary library)
    {
        await using var db = library.Context();
        return await db.Items.CountAsync();
    }

    private static async Task<int> ChangesAsync(TestLibrary library)
    {
        await using var db = library.Context();
        return await db.ItemChanges.CountAsync();
    }

    private static string ClosedPortUrl()
    {
        var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return $"http://127.0.0.1:{port}/s/gone";
    }

    // Reports progress on the caller's thread, at once (Progress<T> posts to the thread pool).
    private sealed class Now<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
