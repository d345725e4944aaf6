using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Sobes.Core.Posts;
using Sobes.Data.Channels;
using Sobes.Data.Storage;
using Sobes.Import;
using Sobes.Import.Channels;

namespace Sobes.Data.Importing;

/// <summary>What committing one page of a channel did: its source's counts for the page, and the posts read for the first time.</summary>
internal sealed record ChannelPageImport(SourceReport Report, int PostsNew, bool ChannelGone = false);

public sealed partial class LibraryImporter
{
    /// <summary>The format name of a channel's source (all its pages are one source).</summary>
    public const string ChannelFormat = "telegram-channel";

    /// <summary>
    /// Commits one page of a followed channel in a transaction of its own, with the channel's new cursors: the one
    /// exception to "an import is one transaction", so an interrupted sync keeps the pages it committed and resumes
    /// from the cursors. All pages go to one source, the channel's; a post read again unchanged changes nothing, an
    /// edited one (same <c>data-post</c>, new text) updates its item.
    /// </summary>
    internal async Task<ChannelPageImport> ImportChannelPageAsync(long channelId, ChannelAddress address, ChannelPage page, ChannelCursors cursors, CancellationToken cancellationToken)
    {
        await using var indexing = ImportIndexing.Following(database.Search);
        await using var db = database.CreateContext();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var (transaction, _) = await ImportTurns.BeginAsync(db, () => { }, cancellationToken);
        await using var _ = transaction;
        var mark = await ItemChangeLog.MarkAsync(db, cancellationToken);
        var channel = await db.Channels.AsNoTracking().FirstOrDefaultAsync(c => c.Id == channelId, cancellationToken);
        if (channel is null)
        {
            await transaction.RollbackAsync(cancellationToken);
            return new ChannelPageImport(new SourceReport { Path = address.Key, Format = ChannelFormat }, 0, ChannelGone: true);
        }

        var tally = new SourceTally();
        bool changed;
        SourceRecord source;
        int postsNew;
        await using (var session = await ImportSession.StartAsync(db, indexing, time.GetUtcNow(), cancellationToken))
        {
            source = await ChannelSourceAsync(db, session, channel, address, cancellationToken);
            var locators = page.Posts.Select(p => p.Post.Locator).ToList();
            var known = await db.ItemSources.AsNoTracking().Where(p => p.SourceId == source.Id && locators.Contains(p.Locator)).Select(p => p.Locator).Distinct().CountAsync(cancellationToken);
            postsNew = locators.Distinct(StringComparer.Ordinal).Count() - known;
            await AcceptAllAsync(session, page.Posts.Select(p => p.Post), (_, _) => Task.FromResult(source), _ => { }, tally, () => { }, cancellationToken);
            source.PostCount = await db.ItemSources.Where(p => p.SourceId == source.Id).Select(p => p.Locator).Distinct().CountAsync(cancellationToken);
            source.Title = page.Title ?? source.Title;
            await session.CompleteSourceAsync(source, cancellationToken);
            changed = session.Changed;
        }

        // Cursors only move outwards, so two syncs of one channel that overlap cannot move them back.
        var (sourceId, title) = (source.Id, page.Title ?? channel.Title);
        var newest = Outward(channel.NewestPost, cursors.Newest, Math.Max);
        var oldest = Outward(channel.OldestPost, cursors.Oldest, Math.Min);
        var beginning = channel.ReachedBeginning || cursors.ReachedBeginning;
        await db.Channels.Where(c => c.Id == channelId).ExecuteUpdateAsync(
            s => s.SetProperty(c => c.SourceId, sourceId)
                .SetProperty(c => c.Title, title)
                .SetProperty(c => c.NewestPost, newest)
                .SetProperty(c => c.OldestPost, oldest)
                .SetProperty(c => c.ReachedBeginning, beginning),
            cancellationToken);
        var warning = await CommitAsync(db, transaction, indexing, mark, changed, cancellationToken);
        var report = tally.ToReport(address.Key, ChannelFormat, source.Title, warning is null ? [] : [warning]);
        return new ChannelPageImport(report, postsNew);
    }

    private static long? Outward(long? stored, long? next, Func<long, long, long> pick) =>
        stored is { } a && next is { } b ? pick(a, b) : stored ?? next;

    // The channel's one source: made with its first page, named by the preview's address.
    private static async Task<SourceRecord> ChannelSourceAsync(SobesDbContext db, ImportSession session, ChannelRecord channel, ChannelAddress address, CancellationToken cancellationToken)
    {
        if (channel.SourceId is { } id && await db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is { } existing)
        {
            session.Continue(existing);
            return existing;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("channel\n" + address.Key)));
        if (await db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.ContentHash == hash, cancellationToken) is { } earlier)
        {
            // The channel was removed and added again: its posts go on into the source they were in.
            session.Continue(earlier);
            return earlier;
        }

        return await session.AddSourceAsync(new SourceInfo(address.Key, ChannelFormat, hash), cancellationToken);
    }
}
