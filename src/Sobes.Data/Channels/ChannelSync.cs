using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sobes.Core.Posts;
using Sobes.Data.Importing;
using Sobes.Data.Storage;
using Sobes.Import.Channels;

namespace Sobes.Data.Channels;

/// <summary>How channel syncs run: their politeness and how many pages of imported posts each re-reads for edits.</summary>
public sealed record ChannelSyncOptions(ChannelPoliteness? Politeness = null, int RereadPages = ChannelPaging.DefaultRereadPages)
{
    public static readonly ChannelSyncOptions Default = new();
}

/// <summary>
/// Syncs a channel from its public web preview: the paging rules (<see cref="ChannelPaging"/>) say which page comes
/// next, <see cref="PreviewClient"/> fetches it politely, and <see cref="LibraryImporter"/> commits each page with
/// the channel's cursors in a transaction of its own. One sync of a channel runs at a time (a lease per channel), in
/// this process or any other sharing the database.
/// </summary>
public sealed class ChannelSync(SobesDatabase database, LibraryImporter importer, TimeProvider time, ChannelSyncOptions? options = null)
{
    private static readonly TimeSpan LeaseTime = TimeSpan.FromMinutes(5);

    private readonly ChannelSyncOptions options = options ?? ChannelSyncOptions.Default;

    /// <summary>Who this instance is in the lease table.</summary>
    public string Holder { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>Imports a channel by address (<c>sobes import URL</c>): the channel is remembered with its cursors, not followed.</summary>
    public async Task<ImportReport> ImportAsync(ChannelAddress address, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        ChannelRecord channel;
        await using (var db = database.CreateContext())
        {
            channel = await FollowedChannels.EnsureAsync(db, address, time.GetUtcNow(), cancellationToken);
        }

        return await SyncAsync(channel, progress, cancellationToken);
    }

    /// <summary>Syncs a channel the library knows, and records when and how it went.</summary>
    public async Task<ImportReport> SyncAsync(ChannelRecord channel, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var address = ChannelAddress.Parse(channel.Url, out var invalid);
        if (address is null)
        {
            return Failed(channel.Url, invalid ?? "not a channel address");
        }

        var lease = SyncLease.OfChannel(channel.Id);
        if (!await SyncLease.TryAcquireAsync(database, lease, Holder, LeaseTime, time.GetUtcNow(), cancellationToken))
        {
            var holder = await SyncLease.HolderAsync(database, lease, time.GetUtcNow(), cancellationToken);
            return Failed(channel.Url, $"{channel.Url}: another sync of this channel is running ({holder ?? "another instance"}); try again when it ends");
        }

        var run = new Run(address);
        try
        {
            await PageThroughAsync(channel, run, progress, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Recorded as the sync's result; the exception (a database failure, not bad input) goes on to the caller.
            run.Errors.Add($"{channel.Url}: the sync failed ({e.Message})");
            throw;
        }
        finally
        {
            // Recorded even when the sync was cancelled: the committed pages stay, and the next sync resumes after them.
            var report = run.Report(cancellationToken.IsCancellationRequested);
            await RecordAsync(channel.Id, report, run.Cancelled || cancellationToken.IsCancellationRequested);
            await SyncLease.ReleaseAsync(database, lease, Holder, CancellationToken.None);
        }

        return run.Report(false);
    }

    private async Task PageThroughAsync(ChannelRecord channel, Run run, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ChannelCursors cursors;
        await using (var db = database.CreateContext())
        {
            var stored = await db.Channels.AsNoTracking().FirstOrDefaultAsync(c => c.Id == channel.Id, cancellationToken);
            if (stored is null)
            {
                run.Errors.Add($"{channel.Url}: the channel was removed");
                return;
            }

            cursors = new ChannelCursors(stored.NewestPost, stored.OldestPost, stored.ReachedBeginning);
        }

        using var client = new PreviewClient(options.Politeness, time);
        var paging = ChannelPaging.Begin(cursors, options.RereadPages);
        try
        {
            while (!paging.IsDone)
            {
                var fetch = await client.FetchAsync(run.Address, paging.Before, cancellationToken);
                run.Requests += fetch.Requests;
                if (fetch.Page is not { } page)
                {
                    run.Errors.Add(fetch.Error ?? $"{fetch.Url}: no page");
                    return;
                }

                run.PagesFetched++;
                var next = paging.After(page.Span);
                var imported = await importer.ImportChannelPageAsync(channel.Id, run.Address, page, next.Cursors, cancellationToken);
                if (imported.ChannelGone)
                {
                    run.Errors.Add($"{channel.Url}: the channel was removed during the sync");
                    return;
                }

                run.Add(imported);
                run.Cursors = next.Cursors;
                progress?.Report(new ImportProgress(fetch.Url.AbsoluteUri, run.PagesFetched, 0, run.PostsRead));
                if (next.Problem is { } problem)
                {
                    run.Errors.Add($"{fetch.Url}: {problem}");
                    return;
                }

                paging = next;
                if (!await SyncLease.TryAcquireAsync(database, SyncLease.OfChannel(channel.Id), Holder, LeaseTime, time.GetUtcNow(), cancellationToken))
                {
                    run.Errors.Add($"{channel.Url}: another instance took over this channel's sync");
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            run.Cancelled = true;
            throw;
        }
    }

    private async Task RecordAsync(long channelId, ImportReport report, bool cancelled)
    {
        var summary = cancelled
            ? $"interrupted after {report.PagesFetched} pages; the next sync resumes from the stored cursors"
            : report.HasErrors
                ? string.Join("; ", report.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Message))
                : string.Create(CultureInfo.InvariantCulture, $"{report.PagesFetched} pages, {report.PostsNew} new posts; items new {report.ItemsNew}, updated {report.ItemsUpdated}, merged {report.ItemsMerged}");
        if (summary.Length > 2000)
        {
            summary = summary[..2000];
        }

        var now = time.GetUtcNow();
        var ok = !cancelled && !report.HasErrors;
        await using var db = database.CreateContext();
        await db.Channels.Where(c => c.Id == channelId).ExecuteUpdateAsync(
            s => s.SetProperty(c => c.LastSyncAt, now).SetProperty(c => c.LastSyncOk, ok).SetProperty(c => c.LastSyncResult, summary),
            CancellationToken.None);
    }

    private static ImportReport Failed(string url, string message) =>
        new([], false, [Diagnostic.Error(url, 0, 0, message)]);

    // The pages' reports of one channel, summed into one source's.
    private sealed class SourceTallySum
    {
        private readonly Dictionary<Core.Library.ItemKind, int> byKind = [];
        private readonly List<Diagnostic> warnings = [];
        private SourceReport total = new() { Path = "", Format = "" };

        public int PostsRead => total.PostsRead;

        public void Add(SourceReport page)
        {
            total = total with
            {
                Title = page.Title ?? total.Title,
                PostsRead = total.PostsRead + page.PostsRead,
                ItemsNew = total.ItemsNew + page.ItemsNew,
                ItemsMerged = total.ItemsMerged + page.ItemsMerged,
                ItemsUpdated = total.ItemsUpdated + page.ItemsUpdated,
                ItemsUnchanged = total.ItemsUnchanged + page.ItemsUnchanged,
                ChromeDropped = total.ChromeDropped + page.ChromeDropped,
            };
            foreach (var (kind, count) in page.ByKind)
            {
                byKind[kind] = byKind.GetValueOrDefault(kind) + count;
            }

            warnings.AddRange(page.Diagnostics);
        }

        public SourceReport ToReport(string path, string format) =>
            total with { Path = path, Format = format, ByKind = new Dictionary<Core.Library.ItemKind, int>(byKind), Diagnostics = warnings.ToList() };
    }

    // What one sync did so far, page by page.
    private sealed class Run(ChannelAddress address)
    {
        private readonly SourceTallySum sum = new();

        public ChannelAddress Address { get; } = address;

        public List<string> Errors { get; } = [];

        public int PagesFetched { get; set; }

        public int Requests { get; set; }

        public int PostsNew { get; private set; }

        public int PostsRead => sum.PostsRead;

        public bool Cancelled { get; set; }

        public ChannelCursors? Cursors { get; set; }

        public void Add(ChannelPageImport page)
        {
            sum.Add(page.Report);
            PostsNew += page.PostsNew;
        }

        public ImportReport Report(bool cancelled)
        {
            var errors = Errors.Select(e => Diagnostic.Error(Address.Key, 0, 0, PagesFetched > 0 ? e + Resume() : e)).ToList();
            if (cancelled)
            {
                errors.Add(Diagnostic.Error(Address.Key, 0, 0, "the sync was interrupted" + Resume()));
            }

            var sources = PagesFetched == 0 ? [] : new[] { sum.ToReport(Address.Key, LibraryImporter.ChannelFormat) };
            return new ImportReport(sources, PagesFetched > 0, errors) { PagesFetched = PagesFetched, PostsNew = PostsNew };
        }

        private string Resume() =>
            Cursors is { Newest: { } newest, Oldest: { } oldest }
                ? string.Create(CultureInfo.InvariantCulture, $" ({PagesFetched} pages committed; posts {oldest}–{newest} are in; the next sync resumes from there)")
                : "";
    }
}
