using System.Threading.Channels;
using Sobes.Data.Search;
using Sobes.Data.Storage;

namespace Sobes.Data.Importing;

/// <summary>
/// The search index's part in one import, which holds the index from start to end. Items are staged on a thread of
/// their own as the import writes them, so indexing overlaps the import instead of following it. Items whose
/// document the import cannot build from what it holds (merges into items of earlier imports, a merge that adds a
/// hashtag or a source) are read back from the database after its commit; then one index commit with a new stamp.
/// An import that fails or is cancelled discards what was staged.
/// </summary>
internal sealed class ImportIndexing : IAsyncDisposable
{
    // Items travel in batches, so the indexing thread wakes once per batch rather than once per item.
    private const int Batch = 64;
    private const int BatchesAhead = 4;

    private readonly SobesDatabase database;
    private readonly SearchIndex index;
    private readonly Action release;
    private readonly Channel<List<StagedItem>> queue =
        Channel.CreateBounded<List<StagedItem>>(new BoundedChannelOptions(BatchesAhead) { SingleReader = true, SingleWriter = true });

    private readonly HashSet<long> readBack = [];
    private readonly Task staging;
    private List<StagedItem> pending = new(Batch);
    private bool completed;

    internal ImportIndexing(SobesDatabase database, SearchIndex index, Action release)
    {
        this.database = database;
        this.index = index;
        this.release = release;
        staging = Task.Factory.StartNew(StageAll, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>
    /// Queues the item's document (it must carry its id); waits only when the index falls far behind. <paramref name="created"/>:
    /// the item was created by this import and not staged before, so its document is added rather than replaced.
    /// </summary>
    public async ValueTask StageAsync(ItemRecord item, IReadOnlyList<string> sources, bool created, CancellationToken cancellationToken)
    {
        pending.Add(new StagedItem(item, sources, created));
        if (pending.Count == Batch)
        {
            await queue.Writer.WriteAsync(pending, cancellationToken);
            pending = new(Batch);
        }
    }

    /// <summary>Marks an item to be indexed from the database once the import has committed.</summary>
    public void ReadBackAfterCommit(long itemId) => readBack.Add(itemId);

    /// <summary>After the database commit: finishes staging, reads back the marked items and commits the index with a new stamp.</summary>
    public async Task CompleteAsync(bool changed, CancellationToken cancellationToken)
    {
        await queue.Writer.WriteAsync(pending, cancellationToken);
        queue.Writer.Complete();
        await staging;
        if (changed)
        {
            await using var db = database.CreateContext();
            await LibraryIndex.IndexAsync(db, index, [.. readBack.Order()], await LibraryIndex.SourceNamesAsync(db, cancellationToken), cancellationToken);
            await LibraryIndex.SetStampAsync(db, index, cancellationToken);
        }

        completed = true;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!completed)
            {
                queue.Writer.TryComplete();
                await staging.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                index.Discard();
            }
        }
        finally
        {
            try
            {
                index.Dispose();
            }
            finally
            {
                release();
            }
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
                        index.Stage(SearchDocuments.From(staged.Item, staged.Sources), replaces: !staged.Created);
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
