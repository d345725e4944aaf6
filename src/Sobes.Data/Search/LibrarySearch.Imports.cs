using Microsoft.EntityFrameworkCore;
using Sobes.Data.Storage;

namespace Sobes.Data.Search;

public sealed partial class LibrarySearch
{
    /// <summary>
    /// A side index for an import to fill as it writes (indexing overlaps the import), in a folder beside the index;
    /// null when this process does not write the index (another process will follow the import's changes).
    /// </summary>
    internal async Task<(SearchIndex Index, string Folder)?> StartImportAsync(CancellationToken cancellationToken)
    {
        await writes.WaitAsync(cancellationToken);
        try
        {
            if (index is null)
            {
                OpenIndex();
            }
            else if (!index.CanWrite)
            {
                TakeOverWriter(); // a reader (a search found the index in step) becomes the writer unless another process is
            }

            if (index is not { CanWrite: true })
            {
                return null;
            }
        }
        finally
        {
            writes.Release();
        }

        var folder = directory + ".import-" + Guid.NewGuid().ToString("N");
        return (SearchIndex.Create(folder), folder);
    }

    /// <summary>Before an import's commit: holds the writes, so nothing reads the import's changes back while its documents wait.</summary>
    internal Task HoldAsync(CancellationToken cancellationToken) => writes.WaitAsync(cancellationToken);

    /// <summary>Ends <see cref="HoldAsync"/>.</summary>
    internal void Release() => writes.Release();

    /// <summary>
    /// After an import's commit, under <see cref="HoldAsync"/>: applies others' changes numbered before the import's,
    /// adds the side index in <paramref name="folder"/> (closed) in place of the documents it replaces, reads back the
    /// items it could not build, and stamps the import's last change. An index that already went past the import's
    /// first change (or was rebuilt meanwhile) follows by reading back instead.
    /// </summary>
    internal async Task AdoptImportAsync(string folder, IReadOnlyCollection<long> replaced, IReadOnlyCollection<long> readBack, ChangeRange range)
    {
        if (range.IsEmpty || index is not { CanWrite: true } writer)
        {
            return;
        }

        await StartFromImportAsync(writer, range);
        await WriteToAsync(range.First - 1);
        if (index != writer || Volatile.Read(ref position) != range.First - 1)
        {
            return;
        }

        try
        {
            writer.Adopt(folder, replaced);
            await using var db = database.CreateContext();
            await IndexItemsAsync(db, writer, readBack, rebuilding: false, CancellationToken.None);
            writer.SetStamp(new IndexStamp(await LibraryAsync(db, CancellationToken.None), range.Last).ToString());
            Volatile.Write(ref position, range.Last);
        }
        catch
        {
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

    // An index without this library's stamp would be rebuilt from the database, import and all, and the side index
    // thrown away. When the import wrote every item the library holds (a new library's first import), the index as of
    // the change before the import's is empty: it is stamped so, and the side index is adopted instead.
    private async Task StartFromImportAsync(SearchIndex writer, ChangeRange range)
    {
        await using var db = database.CreateContext();
        var lib = await LibraryAsync(db, CancellationToken.None);
        if (IndexStamp.Parse(writer.Stamp) is { } stamp && stamp.Library == lib)
        {
            return;
        }

        var imported = await db.ItemChanges.Where(c => c.Seq >= range.First && c.Seq <= range.Last).Select(c => c.ItemId).Distinct().CountAsync();
        if (imported == await db.Items.CountAsync())
        {
            writer.DeleteAllStaged();
            writer.SetStamp(new IndexStamp(lib, range.First - 1).ToString());
            Volatile.Write(ref position, range.First - 1);
        }
    }

    /// <summary>After <see cref="AdoptImportAsync"/>, still held: follows whatever committed after the import.</summary>
    internal Task FollowHeldAsync() => index is { CanWrite: true } ? WriteToAsync(long.MaxValue) : Task.CompletedTask;
}
