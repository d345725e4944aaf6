using Microsoft.EntityFrameworkCore;
using Sobes.Data.Search;
using Sobes.Data.Storage;

namespace Sobes.Data.Importing;

public static partial class LibraryIndex
{
    /// <summary>
    /// Takes the index for an import (before its transaction begins): rebuilds it first if it does not match the
    /// database, so the import only has to add its own items.
    /// </summary>
    internal static async Task<ImportIndexing> StartImportAsync(SobesDatabase database, CancellationToken cancellationToken)
    {
        await Gate.WaitAsync(cancellationToken);
        SearchIndex? index = null;
        try
        {
            index = SearchIndex.Open(database.Location.IndexDirectory);
            await using (var db = database.CreateContext())
            {
                var stamp = await db.Meta.AsNoTracking().Where(m => m.Key == StampKey).Select(m => m.Value).FirstOrDefaultAsync(cancellationToken);
                if (stamp is null || index.Stamp != stamp)
                {
                    await RebuildAsync(db, index, cancellationToken);
                    await SetStampAsync(db, index, cancellationToken);
                }
            }

            return new ImportIndexing(database, index, () => Gate.Release());
        }
        catch
        {
            index?.Dispose();
            Gate.Release();
            throw;
        }
    }

    /// <summary>
    /// Inside the import's transaction: replaces the database's stamp (which <see cref="StartImportAsync"/> left in
    /// place), so if the process dies after the commit and before the index's, the stamps differ and the index is rebuilt.
    /// </summary>
    internal static Task MarkImportPendingAsync(SobesDbContext db, CancellationToken cancellationToken)
    {
        var pending = "import-" + Guid.NewGuid().ToString("N");
        return db.Meta.Where(m => m.Key == StampKey).ExecuteUpdateAsync(s => s.SetProperty(m => m.Value, pending), cancellationToken);
    }
}
