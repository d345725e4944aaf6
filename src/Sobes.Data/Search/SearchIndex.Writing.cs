using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Sobes.Data.Search;

public sealed partial class SearchIndex
{
    /// <summary>Adds the documents, replacing any with the same id; one commit for the whole call.</summary>
    public void Upsert(IEnumerable<SearchDocument> docs)
    {
        ArgumentNullException.ThrowIfNull(docs);
        lock (writeLock)
        {
            Stage(docs);
            Commit();
        }
    }

    /// <summary>
    /// Adds the documents, replacing any with the same id, without a commit: they become searchable and durable
    /// with the next write call or <see cref="SetStamp"/>. A bulk load stages its batches and commits once, as a
    /// commit per batch costs more than the indexing.
    /// </summary>
    public void Stage(IEnumerable<SearchDocument> docs)
    {
        ArgumentNullException.ThrowIfNull(docs);
        lock (writeLock)
        {
            foreach (var doc in docs)
            {
                Stage(doc, replaces: true);
            }
        }
    }

    /// <summary>
    /// As <see cref="Stage(IEnumerable{SearchDocument})"/> for one document. A document of an item created since the last
    /// commit (<paramref name="replaces"/> false) cannot have an older version in the index, so it is added without the
    /// delete-by-id a replacement costs at every flush. Staging the same id again later replaces it as usual.
    /// </summary>
    internal void Stage(SearchDocument doc, bool replaces)
    {
        lock (writeLock)
        {
            if (replaces)
            {
                Writer.UpdateDocument(IdTerm(doc.Id), ToLucene(doc));
            }
            else
            {
                Writer.AddDocument(ToLucene(doc));
            }
        }
    }

    /// <summary>
    /// Drops everything staged since the last commit and closes the index: the next <see cref="Open"/> sees the
    /// last commit. Only <see cref="Dispose"/> may follow.
    /// </summary>
    public void Discard()
    {
        lock (writeLock)
        {
            Writer.Rollback();
        }
    }

    /// <summary>Removes the documents with these ids (unknown ids are ignored); one commit.</summary>
    public void Delete(IEnumerable<long> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        lock (writeLock)
        {
            Writer.DeleteDocuments(ids.Select(IdTerm).ToArray());
            Commit();
        }
    }

    /// <summary>Removes the documents with these ids without a commit, like <see cref="Stage(IEnumerable{SearchDocument})"/>.</summary>
    internal void DeleteStaged(IReadOnlyCollection<long> ids)
    {
        if (ids.Count == 0)
        {
            return;
        }

        lock (writeLock)
        {
            Writer.DeleteDocuments(ids.Select(IdTerm).ToArray());
        }
    }

    /// <summary>Removes every document without a commit: a rebuild stages the new ones and commits once.</summary>
    internal void DeleteAllStaged()
    {
        lock (writeLock)
        {
            Writer.DeleteAll();
        }
    }

    /// <summary>Removes every document and the <see cref="Stamp"/>: an empty index reflects nothing yet.</summary>
    public void Clear()
    {
        lock (writeLock)
        {
            Writer.DeleteAll();
            var data = new Dictionary<string, string>(Writer.CommitData);
            data.Remove(SearchFields.StampKey);
            Writer.SetCommitData(data);
            Commit();
        }
    }

    /// <summary>
    /// Adds the committed index in <paramref name="directoryPath"/> (built by another, closed, <see cref="SearchIndex"/>)
    /// after removing the documents with <paramref name="replaced"/> ids; not committed, like <see cref="Stage(IEnumerable{SearchDocument})"/>.
    /// </summary>
    internal void Adopt(string directoryPath, IEnumerable<long> replaced)
    {
        lock (writeLock)
        {
            Writer.DeleteDocuments(replaced.Select(IdTerm).ToArray());
            using var other = FSDirectory.Open(directoryPath);
            Writer.AddIndexes(other);
        }
    }

    private void Commit()
    {
        Writer.Commit();
        searchers.MaybeRefreshBlocking();
    }

    internal static Term IdTerm(long id) => new(SearchFields.Id, id.ToString(CultureInfo.InvariantCulture));

    private Document ToLucene(SearchDocument doc) => documents.From(doc);
}
