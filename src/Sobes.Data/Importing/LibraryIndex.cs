using Microsoft.EntityFrameworkCore;
using Sobes.Data.Search;
using Sobes.Data.Storage;

namespace Sobes.Data.Importing;

/// <summary>
/// Keeps the search index in step with the database. The index is derived data: the database and the
/// index carry the same stamp after every update, and an index whose stamp differs (a crash between
/// commit and indexing, a copied database, a deleted folder) is rebuilt from the database.
/// </summary>
public static partial class LibraryIndex
{
    private const string StampKey = "search-index-stamp";
    private const int Chunk = 2000;
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>Re-indexes the given items (or everything, when the index does not match the database).</summary>
    public static async Task UpdateAsync(SobesDatabase database, IReadOnlyCollection<long> itemIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        await Gate.WaitAsync(cancellationToken);
        try
        {
            using var index = SearchIndex.Open(database.Location.IndexDirectory);
            await using var db = database.CreateContext();
            var stamp = await db.Meta.AsNoTracking().Where(m => m.Key == StampKey).Select(m => m.Value).FirstOrDefaultAsync(cancellationToken);
            if (stamp is null || index.Stamp != stamp)
            {
                await RebuildAsync(db, index, cancellationToken);
            }
            else if (itemIds.Count > 0)
            {
                await IndexAsync(db, index, itemIds, await SourceNamesAsync(db, cancellationToken), cancellationToken);
            }
            else
            {
                return;
            }

            await SetStampAsync(db, index, cancellationToken);
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Opens the index for reading, rebuilding it first when it does not match the database.</summary>
    public static async Task<SearchIndex> OpenAsync(SobesDatabase database, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        await UpdateAsync(database, [], cancellationToken);
        return SearchIndex.Open(database.Location.IndexDirectory);
    }

    /// <summary>Removes items from the index (after a merge or a delete).</summary>
    public static async Task RemoveAsync(SobesDatabase database, IReadOnlyCollection<long> itemIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        await Gate.WaitAsync(cancellationToken);
        try
        {
            using var index = SearchIndex.Open(database.Location.IndexDirectory);
            index.Delete(itemIds);
            await using var db = database.CreateContext();
            await SetStampAsync(db, index, cancellationToken);
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task RebuildAsync(SobesDbContext db, SearchIndex index, CancellationToken cancellationToken)
    {
        index.Clear();
        var sourceNames = await SourceNamesAsync(db, cancellationToken);
        var ids = await db.Items.AsNoTracking().OrderBy(i => i.Id).Select(i => i.Id).ToListAsync(cancellationToken);
        await IndexAsync(db, index, ids, sourceNames, cancellationToken);
    }

    internal static Task<Dictionary<long, string>> SourceNamesAsync(SobesDbContext db, CancellationToken cancellationToken) =>
        db.Sources.AsNoTracking().ToDictionaryAsync(s => s.Id, s => Path.GetFileName(s.Path), cancellationToken);

    // Staged, not committed: the stamp's commit makes them durable. Lucene analyses one chunk while the next is read.
    internal static async Task IndexAsync(SobesDbContext db, SearchIndex index, IReadOnlyCollection<long> itemIds, IReadOnlyDictionary<long, string> sourceNames, CancellationToken cancellationToken)
    {
        var staging = Task.CompletedTask;
        try
        {
            foreach (var chunk in itemIds.Chunk(Chunk))
            {
                var items = await db.Items.AsNoTracking().Where(i => chunk.Contains(i.Id)).ToListAsync(cancellationToken);
                var sources = await db.ItemSources.AsNoTracking().Where(s => chunk.Contains(s.ItemId)).Select(s => new { s.ItemId, s.SourceId }).ToListAsync(cancellationToken);
                var bySource = sources.ToLookup(s => s.ItemId, s => sourceNames.GetValueOrDefault(s.SourceId, "?"));
                var docs = items.Select(i => SearchDocuments.From(i, bySource[i.Id].Distinct().ToList())).ToList();
                await staging;
                staging = Task.Run(() => index.Stage(docs), cancellationToken);
            }
        }
        finally
        {
            await staging;
        }
    }

    internal static async Task SetStampAsync(SobesDbContext db, SearchIndex index, CancellationToken cancellationToken)
    {
        var stamp = Guid.NewGuid().ToString("N");
        var row = await db.Meta.FirstOrDefaultAsync(m => m.Key == StampKey, cancellationToken);
        if (row is null)
        {
            db.Meta.Add(new MetaRecord { Key = StampKey, Value = stamp });
        }
        else
        {
            row.Value = stamp;
        }

        await db.SaveChangesAsync(cancellationToken);
        index.SetStamp(stamp);
    }
}
