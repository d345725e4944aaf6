using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Sobes.Data.Search;

/// <summary>
/// The full-text index of items: morphological Russian and English search with filters, snippets and similar
/// items. Writes are serialised and each write call is one commit; searches may run concurrently with them.
/// An FS index is locked by its owner: open one instance per directory.
/// </summary>
public sealed partial class SearchIndex : IDisposable
{
    private readonly Lucene.Net.Store.Directory directory;
    private readonly StemmingAnalyzer analyzer = new();
    private readonly IndexWriter writer;
    private readonly SearcherManager searchers;
    private readonly System.Threading.Lock writeLock = new();

    // Used under writeLock only.
    private readonly LuceneDocuments documents = new();

    private SearchIndex(Lucene.Net.Store.Directory directory)
    {
        this.directory = directory;
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = 16,
            UseCompoundFile = false,
        };
        writer = new IndexWriter(directory, config);
        searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null);
    }

    /// <summary>Opens the index stored in <paramref name="directoryPath"/>, creating the folder and an empty index if missing.</summary>
    public static SearchIndex Open(string directoryPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directoryPath);
        return new SearchIndex(FSDirectory.Open(System.IO.Directory.CreateDirectory(directoryPath)));
    }

    /// <summary>An index held in memory, for tests and benchmarks.</summary>
    public static SearchIndex InMemory() => new(new RAMDirectory());

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
            writer.SetCommitData(new Dictionary<string, string>(writer.CommitData) { [SearchFields.StampKey] = stamp });
            Commit();
        }
    }

    public void Dispose()
    {
        searchers.Dispose();
        writer.Dispose();
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
