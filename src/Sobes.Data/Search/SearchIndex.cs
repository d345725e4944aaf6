using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Sobes.Data.Search;

/// <summary>
/// The full-text index of items: morphological Russian and English search with filters, snippets and similar
/// items. Writes are serialised and each write call is one commit; searches may run concurrently with them.
/// An FS index has one writer (an exclusive lock on its write.lock file, across processes); other processes may open it
/// read-only and see each commit after <see cref="Refresh"/>.
/// </summary>
public sealed partial class SearchIndex : IDisposable
{
    private readonly Lucene.Net.Store.Directory directory;
    private readonly StemmingAnalyzer analyzer = new();
    private readonly IndexWriter? writer;
    private readonly SearcherManager searchers;
    private readonly System.Threading.Lock writeLock = new();

    // Used under writeLock only.
    private readonly LuceneDocuments documents = new();

    private SearchIndex(Lucene.Net.Store.Directory directory, bool writable, bool create = false)
    {
        this.directory = directory;
        try
        {
            if (writable)
            {
                var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
                {
                    OpenMode = create ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
                    RAMBufferSizeMB = 16,
                    UseCompoundFile = false,
                    WriteLockTimeout = 0, // a process that does not get the writer reads the commits instead, at once
                };
                writer = new IndexWriter(directory, config);
                searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null);
            }
            else
            {
                searchers = new SearcherManager(directory, searcherFactory: null);
            }
        }
        catch
        {
            writer?.Dispose();
            analyzer.Dispose();
            directory.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens the index stored in <paramref name="directoryPath"/> for writing, creating the folder and an empty index
    /// if missing. Throws <see cref="LockObtainFailedException"/> when another writer holds it.
    /// </summary>
    public static SearchIndex Open(string directoryPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directoryPath);
        return new SearchIndex(Folder(directoryPath), writable: true);
    }

    /// <summary>Opens the folder for writing over whatever it holds (a damaged or foreign index): it starts empty.</summary>
    internal static SearchIndex Create(string directoryPath) =>
        new(Folder(directoryPath), writable: true, create: true);

    /// <summary>
    /// Opens the last commit of an index another writer keeps, read-only. Throws <see cref="IndexNotFoundException"/>
    /// when the folder holds no commit yet.
    /// </summary>
    internal static SearchIndex OpenReadOnly(string directoryPath) =>
        new(Folder(directoryPath), writable: false);

    // One writer per folder across processes: see ExclusiveFileLockFactory.
    private static FSDirectory Folder(string directoryPath)
    {
        var folder = System.IO.Directory.CreateDirectory(directoryPath);
        return FSDirectory.Open(folder, new ExclusiveFileLockFactory(folder.FullName));
    }

    /// <summary>Whether this instance holds the writer; a read-only one follows another's commits.</summary>
    internal bool CanWrite => writer is not null;

    /// <summary>Read-only: picks up the writer's latest commit. Writable instances refresh on every commit.</summary>
    internal void Refresh() => searchers.MaybeRefreshBlocking();

    /// <summary>An index held in memory, for tests and benchmarks.</summary>
    public static SearchIndex InMemory() => new(new RAMDirectory(), writable: true);

    /// <summary>The number of documents in the index.</summary>
    public int Count
    {
        get
        {
            var searcher = searchers.Acquire();
            try
            {
                return searcher.IndexReader.NumDocs;
            }
            finally
            {
                searchers.Release(searcher);
            }
        }
    }

    /// <summary>
    /// What the owner last declared the index to reflect (for example a hash of the database state), or null
    /// for a new or cleared index. Kept in the commit's user data, so it survives reopening.
    /// </summary>
    public string? Stamp
    {
        get
        {
            if (writer is null)
            {
                return WithSearcher(s => ((DirectoryReader)s.IndexReader).IndexCommit.UserData.TryGetValue(SearchFields.StampKey, out var seen) ? seen : null);
            }

            lock (writeLock)
            {
                return writer.CommitData.TryGetValue(SearchFields.StampKey, out var stamp) ? stamp : null;
            }
        }
    }

    /// <summary>Records <paramref name="stamp"/> in a commit, with anything staged before it.</summary>
    public void SetStamp(string stamp)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        lock (writeLock)
        {
            Writer.SetCommitData(new Dictionary<string, string>(Writer.CommitData) { [SearchFields.StampKey] = stamp });
            Commit();
        }
    }

    private IndexWriter Writer => writer ?? throw new InvalidOperationException("This search index is open read-only.");

    public void Dispose()
    {
        searchers.Dispose();
        writer?.Dispose();
        analyzer.Dispose();
        directory.Dispose();
    }

    private T WithSearcher<T>(Func<IndexSearcher, T> action)
    {
        var searcher = searchers.Acquire();
        try
        {
            return action(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }
}
