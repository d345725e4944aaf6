using Lucene.Net.Index;
using Lucene.Net.Store;
using Sobes.Data.Storage;

namespace Sobes.Data.Search;

/// <summary>
/// The one owner of a library's search index in this process. It holds one long-lived <see cref="SearchIndex"/>: any
/// number of searches read it at once without a lock, and every write (following the change log, a rebuild, adopting
/// an import's documents) happens under one gate here. Before a search it checks the change log's head (one indexed
/// query) and applies what it has not seen; the web app also follows in the background (<see cref="FollowLoopAsync"/>).
/// </summary>
/// <remarks>
/// Lucene lets one process write an index folder. Processes sharing a folder (the CLI beside the web app on one SQLite
/// file) take turns: the first to open it writes; the others open its commits read-only and wait briefly for the
/// writer to follow, and take over the writer when it is gone. Instances on one PostgreSQL keep a folder each.
/// </remarks>
public sealed partial class LibrarySearch : IDisposable
{
    private static readonly Dictionary<string, LibrarySearch> Opened = new(StringComparer.Ordinal);
    private static readonly System.Threading.Lock OpenedLock = new();

    private readonly SobesDatabase database;
    private readonly string directory;
    private readonly SemaphoreSlim writes = new(1, 1);
    private readonly List<SearchIndex> retired = [];
    private volatile SearchIndex? index;
    private long position = -1;
    private string? library;
    private int users;

    private LibrarySearch(SobesDatabase database)
    {
        this.database = database;
        directory = database.Location.IndexDirectory;
    }

    /// <summary>The folder of the index.</summary>
    public string Directory => directory;

    /// <summary>The process's owner of the index of <paramref name="database"/>'s folder; <see cref="Dispose"/> once per call.</summary>
    internal static LibrarySearch Acquire(SobesDatabase database)
    {
        lock (OpenedLock)
        {
            if (!Opened.TryGetValue(database.Location.IndexDirectory, out var search))
            {
                search = new LibrarySearch(database);
                Opened[search.directory] = search;
            }

            search.users++;
            return search;
        }
    }

    /// <summary>Finds items (see <see cref="SearchIndex.Search"/>) in an index that has followed every committed change.</summary>
    public async Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await ReadyAsync(cancellationToken) is { } ready ? ready.Search(query) : new SearchResults(0, []);
    }

    /// <summary>Items most like item <paramref name="id"/> (see <see cref="SearchIndex.Similar"/>).</summary>
    public async Task<IReadOnlyList<SearchHit>> SimilarAsync(long id, int limit = 10, SearchFilter? filter = null, CancellationToken cancellationToken = default) =>
        await ReadyAsync(cancellationToken) is { } ready ? ready.Similar(id, limit, filter) : [];

    /// <summary>The number of indexed items, after following.</summary>
    public async Task<int> CountAsync(CancellationToken cancellationToken = default) =>
        await ReadyAsync(cancellationToken) is { } ready ? ready.Count : 0;

    /// <summary>The index's stamp as committed (format, library, last change applied); null before the first commit.</summary>
    public string? Stamp => index?.Stamp;

    public void Dispose()
    {
        lock (OpenedLock)
        {
            if (--users > 0)
            {
                return;
            }

            Opened.Remove(directory);
        }

        writes.Wait();
        try
        {
            index?.Dispose();
            index = null;
            foreach (var old in retired)
            {
                old.Dispose();
            }
        }
        finally
        {
            writes.Release();
            writes.Dispose();
        }
    }

    private async Task<SearchIndex?> ReadyAsync(CancellationToken cancellationToken)
    {
        if (index is null && await OpenInStepAsync(cancellationToken))
        {
            return index;
        }

        await FollowAsync(waitForWriter: true, cancellationToken);
        return index;
    }

    // A first search whose index is in step reads the last commit: it needs neither the writer (Lucene's lock, its file
    // deleter, the sweep for orphaned imports) nor anything from the database beyond the change log's head. A later
    // change, or an import, takes the writer over as any reader does (FollowLockedAsync, StartImportAsync).
    private async Task<bool> OpenInStepAsync(CancellationToken cancellationToken)
    {
        var head = await HeadAsync(cancellationToken);
        await writes.WaitAsync(cancellationToken);
        try
        {
            if (index is not null)
            {
                return false;
            }

            SearchIndex reading;
            try
            {
                reading = SearchIndex.OpenReadOnly(directory);
            }
            catch (Exception e) when (e is IndexNotFoundException || IsDamaged(e))
            {
                return false; // a new or damaged index: the writer's path builds it
            }

            var stamp = IndexStamp.Parse(reading.Stamp);
            if (stamp is null || stamp.Position != head || stamp.Library != await LibraryAsync(CancellationToken.None))
            {
                reading.Dispose();
                return false;
            }

            index = reading;
            Volatile.Write(ref position, head);
            return true;
        }
        finally
        {
            writes.Release();
        }
    }

    // Opens the folder: as its writer when no other process is, read-only otherwise; a damaged index is started over.
    private void OpenIndex()
    {
        try
        {
            index = SearchIndex.Open(directory);
        }
        catch (LockObtainFailedException)
        {
            index = OpenReading();
            return;
        }
        catch (Exception e) when (IsDamaged(e))
        {
            try
            {
                index = SearchIndex.Create(directory);
            }
            catch (LockObtainFailedException)
            {
                index = OpenReading(); // another process took the writer meanwhile; it starts the index over
                return;
            }
        }

        DeleteOrphanedImports();
    }

    // The last commit of the index another process writes; null while it has none, or while the writer replaces the
    // files a commit named (the next follow reads again).
    private SearchIndex? OpenReading()
    {
        try
        {
            return SearchIndex.OpenReadOnly(directory);
        }
        catch (Exception e) when (e is IndexNotFoundException || IsDamaged(e))
        {
            return null;
        }
    }

    // What opening an index folder throws when its files are damaged or of another Lucene format.
    private static bool IsDamaged(Exception e) =>
        e is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or FileNotFoundException or EndOfStreamException;

    // Only the writer makes import folders, so once this process writes, any left are from an import that died.
    private void DeleteOrphanedImports()
    {
        var parent = Path.GetDirectoryName(directory);
        if (parent is null || !System.IO.Directory.Exists(parent))
        {
            return;
        }

        foreach (var orphan in System.IO.Directory.EnumerateDirectories(parent, Path.GetFileName(directory) + ".import-*"))
        {
            try
            {
                System.IO.Directory.Delete(orphan, recursive: true);
            }
            catch (IOException)
            {
                // Left for the next writer.
            }
        }
    }

    private async Task<string> LibraryAsync(SobesDbContext db, CancellationToken cancellationToken) =>
        library ??= await ItemChangeLog.LibraryAsync(db, cancellationToken);

    // Over a plain connection: following an index that is in step builds nothing of EF (a short command's search).
    private async Task<string> LibraryAsync(CancellationToken cancellationToken)
    {
        if (library is null)
        {
            await using var connection = await database.OpenConnectionAsync(cancellationToken);
            library = await ItemChangeLog.LibraryAsync(connection, cancellationToken);
        }

        return library;
    }

    private async Task<long> HeadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await ItemChangeLog.HeadAsync(connection, cancellationToken);
    }
}
