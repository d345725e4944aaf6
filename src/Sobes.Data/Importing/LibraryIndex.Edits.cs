using Microsoft.EntityFrameworkCore;
using Sobes.Data.Search;
using Sobes.Data.Storage;

namespace Sobes.Data.Importing;

/// <summary>Stamps before and after an edit: the index carried <see cref="Before"/>; the edit's transaction wrote <see cref="Pending"/>.</summary>
internal sealed record PendingStamp(string? Before, string Pending);

public static partial class LibraryIndex
{
    /// <summary>
    /// Inside an edit's transaction: replaces the database's stamp, so if the process dies after the commit and
    /// before the index follows, the stamps differ and the index is rebuilt on next use.
    /// </summary>
    internal static async Task<PendingStamp> MarkPendingAsync(SobesDbContext db, CancellationToken cancellationToken)
    {
        var pending = "edit-" + Guid.NewGuid().ToString("N");
        var row = await db.Meta.FirstOrDefaultAsync(m => m.Key == StampKey, cancellationToken);
        var before = row?.Value;
        if (row is null)
        {
            db.Meta.Add(new MetaRecord { Key = StampKey, Value = pending });
        }
        else
        {
            row.Value = pending;
        }

        await db.SaveChangesAsync(cancellationToken);
        return new PendingStamp(before, pending);
    }

    /// <summary>After the commit: re-indexes and removes the edited items, or rebuilds when anything else moved the stamps meanwhile.</summary>
    internal static async Task ApplyEditAsync(SobesDatabase database, PendingStamp stamps, IReadOnlyCollection<long> reindex, IReadOnlyCollection<long> remove, CancellationToken cancellationToken)
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            using var index = SearchIndex.Open(database.Location.IndexDirectory);
            await using var db = database.CreateContext();
            var stamp = await db.Meta.AsNoTracking().Where(m => m.Key == StampKey).Select(m => m.Value).FirstOrDefaultAsync(cancellationToken);
            if (stamps.Before is not null && stamp == stamps.Pending && index.Stamp == stamps.Before)
            {
                index.Delete(remove);
                await IndexAsync(db, index, reindex, await SourceNamesAsync(db, cancellationToken), cancellationToken);
            }
            else
            {
                await RebuildAsync(db, index, cancellationToken);
            }

            await SetStampAsync(db, index, cancellationToken);
        }
        finally
        {
            Gate.Release();
        }
    }
}
