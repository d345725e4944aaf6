using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Sobes.Data.Storage;

namespace Sobes.Data.Importing;

/// <summary>
/// Writes items and provenances with prepared statements inside the import's transaction. EF Core's change
/// tracker costs more than the rest of an import together at 100,000 posts, so the bulk path is plain SQL
/// over the same connection; the schema is still EF's (the column names are the property names).
/// </summary>
internal sealed class ImportWriter : IAsyncDisposable
{
    /// <summary>
    /// The item columns an import writes, in binding order (<see cref="BindItem"/>). Inserts add <see cref="InsertOnlyColumns"/>;
    /// the rest of <see cref="ItemRecord"/> is the database's (Id), or an editor's and never an import's (<see cref="EditorColumns"/>).
    /// </summary>
    internal static readonly string[] ItemColumns =
    [
        "Kind", "KindRule", "Title", "Question", "Answer", "Body", "Language", "OptionsJson", "KeyOption", "KeySource", "Explanation",
        "Topics", "Hashtags", "LinksJson", "CodeJson", "MediaJson", "Merged", "Richness", "Revision", "EditedByUser", "UpdatedAt",
        "TitleInferred", "NeedsAnswer", "ShapeJson",
    ];

    /// <summary>Written once, when the item is created: a richer duplicate keeps the item's creation and post date.</summary>
    internal static readonly string[] InsertOnlyColumns = ["CreatedAt", "PostedAt"];

    /// <summary>Set only by editors (<c>LibraryOwnership</c>): a post merged into a deleted or dismissed item leaves it so.</summary>
    internal static readonly string[] EditorColumns = ["DeletedAt", "ReviewDismissedAt"];

    internal static readonly string[] ProvenanceColumns =
        ["ItemId", "SourceId", "Locator", "Line", "Date", "Views", "ReactionsJson", "ForwardedFrom", "Text", "TextHash", "PollJson"];

    // A bulk import inserts index entries on random pages (text hashes, item ids). With SQLite's default 2 MB page cache
    // they spill to the WAL mid-transaction and are looked up there again and again; the import's connection gets a
    // 64 MB cache while the import runs, and its previous size back after.
    private const int SqliteImportCacheKibibytes = 65_536;

    private readonly DbConnection connection;
    private readonly DbTransaction transaction;
    private readonly long? sqliteCacheBefore;
    private readonly ImportStatement insertItem;
    private readonly ImportStatement updateItem;
    private readonly ImportStatement touchItem;
    private readonly ImportStatement insertProvenance;

    private ImportWriter(DbConnection connection, DbTransaction transaction)
    {
        this.connection = connection;
        this.transaction = transaction;
        if (connection is Microsoft.Data.Sqlite.SqliteConnection)
        {
            sqliteCacheBefore = Convert.ToInt64(Pragma("PRAGMA cache_size"), System.Globalization.CultureInfo.InvariantCulture);
            Pragma($"PRAGMA cache_size = -{SqliteImportCacheKibibytes}");
        }

        // Placeholders are numbered in the order they appear, which is the order values are bound in.
        string[] inserted = [.. ItemColumns, .. InsertOnlyColumns];
        insertItem = ImportStatement.Prepare(connection, transaction,
            $"INSERT INTO items ({Columns(inserted)}) VALUES ({Placeholders(inserted.Length)}) RETURNING \"Id\"", inserted.Length);
        var sets = string.Join(", ", ItemColumns.Select((c, i) => $"\"{c}\" = @p{i + 1}"));
        updateItem = ImportStatement.Prepare(connection, transaction, $"UPDATE items SET {sets} WHERE \"Id\" = @p{ItemColumns.Length + 1}", ItemColumns.Length + 1);
        touchItem = ImportStatement.Prepare(connection, transaction, "UPDATE items SET \"Merged\" = @p1, \"Hashtags\" = @p2, \"UpdatedAt\" = @p3 WHERE \"Id\" = @p4", 4);
        insertProvenance = ImportStatement.Prepare(connection, transaction,
            $"INSERT INTO item_sources ({Columns(ProvenanceColumns)}) VALUES ({Placeholders(ProvenanceColumns.Length)})", ProvenanceColumns.Length);
    }

    public static ImportWriter Create(SobesDbContext db)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("an import writes inside its transaction");
        return new ImportWriter(db.Database.GetDbConnection(), transaction);
    }

    public Task<long> InsertItemAsync(ItemRecord item, CancellationToken cancellationToken)
    {
        BindItem(insertItem, item);
        insertItem.Bind(ItemColumns.Length + 1, item.CreatedAt);
        insertItem.Bind(ItemColumns.Length + 2, item.PostedAt?.ToUnixTimeMilliseconds());
        return insertItem.InsertAsync(cancellationToken);
    }

    public Task UpdateItemAsync(long id, ItemRecord item, CancellationToken cancellationToken)
    {
        BindItem(updateItem, item);
        updateItem.Bind(ItemColumns.Length + 1, id);
        return updateItem.ExecuteAsync(cancellationToken);
    }

    public Task TouchItemAsync(long id, int merged, string hashtags, DateTimeOffset now, CancellationToken cancellationToken)
    {
        touchItem.Bind(1, merged);
        touchItem.Bind(2, hashtags);
        touchItem.Bind(3, now);
        touchItem.Bind(4, id);
        return touchItem.ExecuteAsync(cancellationToken);
    }

    public Task InsertProvenanceAsync(long itemId, ItemSourceRecord p, CancellationToken cancellationToken)
    {
        insertProvenance.Bind(1, itemId);
        insertProvenance.Bind(2, p.SourceId);
        insertProvenance.Bind(3, p.Locator);
        insertProvenance.Bind(4, p.Line);
        insertProvenance.Bind(5, p.Date);
        insertProvenance.Bind(6, p.Views);
        insertProvenance.Bind(7, p.ReactionsJson);
        insertProvenance.Bind(8, p.ForwardedFrom);
        insertProvenance.Bind(9, p.Text);
        insertProvenance.Bind(10, p.TextHash);
        insertProvenance.Bind(11, p.PollJson);
        return insertProvenance.ExecuteAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await insertItem.DisposeAsync();
        await updateItem.DisposeAsync();
        await touchItem.DisposeAsync();
        await insertProvenance.DisposeAsync();
        if (sqliteCacheBefore is { } size)
        {
            Pragma($"PRAGMA cache_size = {size}");
        }
    }

    private object? Pragma(string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // Constant pragmas with numbers the writer computed.
        command.CommandText = sql;
#pragma warning restore CA2100
        return command.ExecuteScalar();
    }

    // In ItemColumns' order.
    private static void BindItem(ImportStatement statement, ItemRecord item)
    {
        statement.Bind(1, item.Kind);
        statement.Bind(2, item.KindRule);
        statement.Bind(3, item.Title);
        statement.Bind(4, item.Question);
        statement.Bind(5, item.Answer);
        statement.Bind(6, item.Body);
        statement.Bind(7, item.Language);
        statement.Bind(8, item.OptionsJson);
        statement.Bind(9, item.KeyOption);
        statement.Bind(10, item.KeySource is { } keySource ? Core.Library.KeySources.Name(keySource) : null);
        statement.Bind(11, item.Explanation);
        statement.Bind(12, item.Topics);
        statement.Bind(13, item.Hashtags);
        statement.Bind(14, item.LinksJson);
        statement.Bind(15, item.CodeJson);
        statement.Bind(16, item.MediaJson);
        statement.Bind(17, item.Merged);
        statement.Bind(18, item.Richness);
        statement.Bind(19, item.Revision);
        statement.Bind(20, item.EditedByUser);
        statement.Bind(21, item.UpdatedAt);
        statement.Bind(22, item.TitleInferred);
        statement.Bind(23, item.NeedsAnswer);
        statement.Bind(24, item.ShapeJson);
    }

    private static string Columns(IEnumerable<string> names) => string.Join(", ", names.Select(c => $"\"{c}\""));

    private static string Placeholders(int count) => string.Join(", ", Enumerable.Range(1, count).Select(i => $"@p{i}"));
}
