using Lucene.Net.Store;
using Microsoft.EntityFrameworkCore;
using Sobes.Data.Importing;
using Sobes.Data.Storage;

namespace Sobes.Data.Search;

public sealed partial class LibrarySearch
{
    private const int ChangesPerPass = 20_000;
    private const int Chunk = 2000;
    private static readonly TimeSpan WriterWait = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan WriterPoll = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// Applies every committed change the index has not seen (or rebuilds a new, damaged, foreign or older-format
    /// index). Cheap when the index is in step: one query for the change log's head. A process that does not hold
    /// the writer picks up the writer's commits instead, and with <paramref name="waitForWriter"/> waits up to two
    /// seconds for them (or takes over a writer that is gone).
    /// </summary>
    public async Task FollowAsync(bool waitForWriter = false, CancellationToken cancellationToken = default)
    {
        var head = await HeadAsync(cancellationToken);
        if (index is not null && Volatile.Read(ref position) >= head)
        {
            return;
        }

        await writes.WaitAsync(cancellationToken);
        try
        {
            await FollowLockedAsync(head, waitForWriter, cancellationToken);
        }
        finally
        {
            writes.Release();
        }
    }

    /// <summary>Follows every <paramref name="interval"/> until cancelled; a failed pass is reported and the next one tries again.</summary>
    public async Task FollowLoopAsync(TimeSpan interval, Action<Exception> failed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(failed);
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await FollowAsync(waitForWriter: false, cancellationToken);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                failed(e);
            }

            try
            {
                await Task.Delay(interval, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    // Under the gate. The work itself is not cancelled: it serves every waiting search, not only the one that asked.
    private async Task FollowLockedAsync(long head, bool waitForWriter, CancellationToken cancellationToken)
    {
        if (index is null)
        {
            OpenIndex();
        }

        var deadline = DateTime.UtcNow + (waitForWriter ? WriterWait : TimeSpan.Zero);
        while (true)
        {
            if (index is { CanWrite: true })
            {
                await WriteToAsync(long.MaxValue);
                return;
            }

            if (index is { } reading)
            {
                reading.Refresh();
                var stamp = IndexStamp.Parse(reading.Stamp);
                Volatile.Write(ref position, stamp is not null && stamp.Library == await LibraryAsync(CancellationToken.None) ? stamp.Position : -1);
                if (position >= head)
                {
                    return;
                }
            }

            if (TakeOverWriter())
            {
                continue;
            }

            if (DateTime.UtcNow >= deadline)
            {
                return;
            }

            await Task.Delay(WriterPoll, cancellationToken);
        }
    }

    // A process that read another's commits becomes the writer once that process has closed the folder.
    private bool TakeOverWriter()
    {
        SearchIndex writer;
        try
        {
            writer = SearchIndex.Open(directory);
        }
        catch (LockObtainFailedException)
        {
            index ??= OpenReading();
            return false;
        }

        if (index is { } old)
        {
            retired.Add(old);
        }

        index = writer;
        DeleteOrphanedImports();
        return true;
    }

    // Applies the change log up to number upTo (inclusive), committing a stamp after each pass. Writer only, under the gate.
    private async Task WriteToAsync(long upTo)
    {
        var writer = index!;
        try
        {
            var lib = await LibraryAsync(CancellationToken.None);
            var stamp = IndexStamp.Parse(writer.Stamp);
            var head = await HeadAsync(CancellationToken.None);
            if (stamp is not null && stamp.Library == lib && stamp.Position == head)
            {
                // In step: nothing to read (a change committed since is applied at the next follow, as any later one is).
                Volatile.Write(ref position, head);
                return;
            }

            await using var db = database.CreateContext();
            if (stamp is null || stamp.Library != lib || stamp.Position > head)
            {
                await RebuildAsync(db, writer, lib, head);
                return;
            }

            var at = stamp.Position;
            while (at < upTo)
            {
                var changes = await ItemChangeLog.ReadAsync(db, at, upTo, ChangesPerPass, CancellationToken.None);
                if (changes.Count == 0)
                {
                    break;
                }

                await IndexItemsAsync(db, writer, [.. changes.Select(c => c.ItemId).Distinct()], rebuilding: false, CancellationToken.None);
                at = changes[^1].Seq;
                writer.SetStamp(new IndexStamp(lib, at).ToString());
                Volatile.Write(ref position, at);
            }

            Volatile.Write(ref position, at);
        }
        catch
        {
            // What was staged must not ride along with a later commit: drop it, and reopen on the next use.
            try
            {
                writer.Discard();
            }
            finally
            {
                retired.Add(writer);
                index = null;
                Volatile.Write(ref position, -1);
            }

            throw;
        }
    }

    /// <summary>How many times this process rebuilt the index from the database (an index without this library's stamp).</summary>
    internal int Rebuilds { get; private set; }

    // Everything again; searches keep the previous commit until the rebuilt one replaces it.
    private async Task RebuildAsync(SobesDbContext db, SearchIndex writer, string lib, long head)
    {
        Rebuilds++;
        writer.DeleteAllStaged();
        var ids = await db.Items.AsNoTracking().Where(i => i.DeletedAt == null).OrderBy(i => i.Id).Select(i => i.Id).ToListAsync();
        await IndexItemsAsync(db, writer, ids, rebuilding: true, CancellationToken.None);
        writer.SetStamp(new IndexStamp(lib, head).ToString());
        Volatile.Write(ref position, head);
    }

    /// <summary>
    /// Stages the current documents of <paramref name="itemIds"/> (uncommitted), removing those whose item is gone or deleted.
    /// Lucene analyses one chunk while the next is read. <paramref name="rebuilding"/>: the index was emptied, so
    /// documents are added without the delete-by-id a replacement costs.
    /// </summary>
    internal static async Task IndexItemsAsync(SobesDbContext db, SearchIndex target, IReadOnlyCollection<long> itemIds, bool rebuilding, CancellationToken cancellationToken)
    {
        var staging = Task.CompletedTask;
        try
        {
            foreach (var chunk in itemIds.Chunk(Chunk))
            {
                var items = await db.Items.AsNoTracking().Where(i => chunk.Contains(i.Id) && i.DeletedAt == null).ToListAsync(cancellationToken);
                var sources = await db.ItemSources.AsNoTracking().Where(s => chunk.Contains(s.ItemId))
                    .Select(s => new { s.ItemId, s.Source!.Path }).ToListAsync(cancellationToken);
                var bySource = sources.ToLookup(s => s.ItemId, s => Path.GetFileName(s.Path));
                var docs = items.Select(i => SearchDocuments.From(i, [.. bySource[i.Id].Distinct()])).ToList();
                var gone = rebuilding ? [] : chunk.Except(items.Select(i => i.Id)).ToList();
                await staging;
                staging = Task.Run(
                    () =>
                    {
                        target.DeleteStaged(gone);
                        foreach (var doc in docs)
                        {
                            target.Stage(doc, replaces: !rebuilding);
                        }
                    },
                    CancellationToken.None);
            }
        }
        finally
        {
            await staging;
        }
    }
}
