using System.Threading.Channels;
using Sobes.Data.Search;
using Sobes.Data.Storage;

namespace Sobes.Data.Importing;

/// <summary>
/// The search index's part in one import. Items are staged into a side index on a thread of their own as the import
/// writes them, so indexing overlaps the import instead of following it. Items whose document the import cannot build
/// from what it holds (merges into items of earlier imports, a merge that adds a hashtag or a source) are read back
/// from the database after its commit. The process's <see cref="LibrarySearch"/> then adopts the side index in place
/// of the import's part of the change log. An import that fails or is cancelled throws the side index away; so does
/// one in a process that does not write the index (the writer follows the change log instead).
/// </summary>
internal sealed class ImportIndexing : IAsyncDisposable
{
    // Items travel in batches, so the indexing thread wakes once per batch rather than once per item.
    private const int Batch = 64;
    private const int BatchesAhead = 4;

    private readonly LibrarySearch search;
    private readonly SearchIndex? side;
    private readonly string? folder;
    private readonly Channel<List<StagedItem>> queue =
        Channel.CreateBounded<List<StagedItem>>(new BoundedChannelOptions(BatchesAhead) { SingleReader = true, SingleWriter = true });

    private readonly HashSet<long> readBack = [];
    private readonly HashSet<long> replaced = [];
    private readonly Task staging;
    private List<StagedItem> pending = new(Batch);
    private bool closed;
    private bool held;

    private ImportIndexing(LibrarySearch search, SearchIndex? side, string? folder)
    {
        this.search = search;
        this.side = side;
        this.folder = folder;
        staging = side is null
            ? Task.CompletedTask
            : Task.Factory.StartNew(StageAll, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    public static async Task<ImportIndexing> StartAsync(LibrarySearch search, CancellationToken cancellationToken)
    {
        var target = await search.StartImportAsync(cancellationToken);
        return new ImportIndexing(search, target?.Index, target?.Folder);
    }

    /// <summary>
    /// An import too small for a side index (a channel's page of a few dozen posts): nothing is staged, and after the
    /// commit the index follows the change log as it follows any other writer. Adopting a side index costs a few hundred
    /// milliseconds however few its documents; following a page's changes costs a few.
    /// </summary>
    public static ImportIndexing Following(LibrarySearch search) => new(search, null, null);

    /// <summary>
    /// Queues the item's document (it must carry its id); waits only when the index falls far behind. <paramref name="created"/>:
    /// the item was created by this import and not staged before, so its document is added rather than replaced.
    /// </summary>
    public async ValueTask StageAsync(ItemRecord item, IReadOnlyList<string> sources, bool created, CancellationToken cancellationToken)
    {
        if (side is null)
        {
            return;
        }

        pending.Add(new StagedItem(item, sources, created));
        if (pending.Count == Batch)
        {
            await queue.Writer.WriteAsync(pending, cancellationToken);
            pending = new(Batch);
        }
    }

    /// <summary>Marks an item to be indexed from the database once the import has committed.</summary>
    public void ReadBackAfterCommit(long itemId) => readBack.Add(itemId);

    /// <summary>Before the database commit: finishes staging, closes the side index and holds the index's writes.</summary>
    public async Task PrepareCommitAsync(CancellationToken cancellationToken)
    {
        if (side is not null)
        {
            await queue.Writer.WriteAsync(pending, cancellationToken);
            queue.Writer.Complete();
            await staging;
            side.Dispose();
            closed = true;
        }

        await search.HoldAsync(cancellationToken);
        held = true;
    }

    /// <summary>After the database commit: the index takes the import's documents (its changes are <paramref name="range"/>) and follows the rest.</summary>
    public async Task CompleteAsync(ChangeRange range)
    {
        try
        {
            if (side is not null)
            {
                await search.AdoptImportAsync(folder!, replaced, readBack, range);
            }

            await search.FollowHeldAsync();
        }
        finally
        {
            held = false;
            search.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (held)
        {
            held = false;
            search.Release();
        }

        if (side is null)
        {
            return;
        }

        if (!closed)
        {
            queue.Writer.TryComplete();
            await staging.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            side.Discard();
            side.Dispose();
        }

        try
        {
            Directory.Delete(folder!, recursive: true);
        }
        catch (IOException)
        {
            // The next writer removes orphaned import folders.
        }
    }

    // One thread for the whole import: Lucene keeps a segment buffer per indexing thread, and the stemmer's memo is
    // per thread, so hopping between pool threads would mean more, smaller segments to merge and colder memos.
    // A failure closes the queue, so the import's next StageAsync throws instead of waiting on a full queue.
    private void StageAll()
    {
        try
        {
            while (queue.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                while (queue.Reader.TryRead(out var batch))
                {
                    foreach (var staged in batch)
                    {
                        side!.Stage(SearchDocuments.From(staged.Item, staged.Sources), replaces: !staged.Created);
                        if (!staged.Created)
                        {
                            replaced.Add(staged.Item.Id);
                        }
                    }
                }
            }
        }
        catch (Exception e)
        {
            queue.Writer.TryComplete(e);
            throw;
        }
    }

    private sealed record StagedItem(ItemRecord Item, IReadOnlyList<string> Sources, bool Created);
}
