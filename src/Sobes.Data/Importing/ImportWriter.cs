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
    private const string ItemColumns = "\"Kind\", \"KindRule\", \"Title\", \"Question\", \"Answer\", \"Body\", \"Language\", \"OptionsJson\", \"KeyOption\", \"KeySource\", \"Explanation\", \"Topics\", \"Hashtags\", \"LinksJson\", \"CodeJson\", \"MediaJson\", \"Merged\", \"Richness\", \"Revision\", \"EditedByUser\", \"CreatedAt\", \"UpdatedAt\"";

    private readonly DbCommand insertItem;
    private readonly DbCommand updateItem;
    private readonly DbCommand touchItem;
    private readonly DbCommand insertProvenance;

    private ImportWriter(DbConnection connection, DbTransaction transaction)
    {
        var names = ItemColumns.Split(", ").Select(c => "@" + c.Trim('"')).ToArray();
        insertItem = Prepare(connection, transaction, $"INSERT INTO items ({ItemColumns}) VALUES ({string.Join(", ", names)}) RETURNING \"Id\"", names);
        var sets = ItemColumns.Split(", ").Where(c => c != "\"CreatedAt\"").Select(c => $"{c} = @{c.Trim('"')}").ToArray();
        updateItem = Prepare(connection, transaction, $"UPDATE items SET {string.Join(", ", sets)} WHERE \"Id\" = @Id", [.. names.Where(n => n != "@CreatedAt"), "@Id"]);
        touchItem = Prepare(connection, transaction, "UPDATE items SET \"Merged\" = @Merged, \"Hashtags\" = @Hashtags, \"UpdatedAt\" = @UpdatedAt WHERE \"Id\" = @Id", ["@Merged", "@Hashtags", "@UpdatedAt", "@Id"]);
        string[] provenance = ["@ItemId", "@SourceId", "@Locator", "@Line", "@Date", "@Views", "@ReactionsJson", "@ForwardedFrom", "@Text", "@TextHash", "@PollJson"];
        insertProvenance = Prepare(connection, transaction,
            $"INSERT INTO item_sources ({string.Join(", ", provenance.Select(p => $"\"{p[1..]}\""))}) VALUES ({string.Join(", ", provenance)})", provenance);
    }

    public static ImportWriter Create(SobesDbContext db)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("an import writes inside its transaction");
        return new ImportWriter(db.Database.GetDbConnection(), transaction);
    }

    public async Task<long> InsertItemAsync(ItemRecord item, CancellationToken cancellationToken)
    {
        BindItem(insertItem, item);
        Set(insertItem, "@CreatedAt", item.CreatedAt.ToUniversalTime());
        return Convert.ToInt64(await insertItem.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task UpdateItemAsync(long id, ItemRecord item, CancellationToken cancellationToken)
    {
        BindItem(updateItem, item);
        Set(updateItem, "@Id", id);
        await updateItem.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task TouchItemAsync(long id, int merged, string hashtags, DateTimeOffset now, CancellationToken cancellationToken)
    {
        Set(touchItem, "@Merged", merged);
        Set(touchItem, "@Hashtags", hashtags);
        Set(touchItem, "@UpdatedAt", now.ToUniversalTime());
        Set(touchItem, "@Id", id);
        await touchItem.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task InsertProvenanceAsync(long itemId, ItemSourceRecord p, CancellationToken cancellationToken)
    {
        Set(insertProvenance, "@ItemId", itemId);
        Set(insertProvenance, "@SourceId", p.SourceId);
        Set(insertProvenance, "@Locator", p.Locator);
        Set(insertProvenance, "@Line", p.Line);
        Set(insertProvenance, "@Date", p.Date?.ToUniversalTime());
        Set(insertProvenance, "@Views", p.Views);
        Set(insertProvenance, "@ReactionsJson", p.ReactionsJson);
        Set(insertProvenance, "@ForwardedFrom", p.ForwardedFrom);
        Set(insertProvenance, "@PollJson", p.PollJson);
        Set(insertProvenance, "@Text", p.Text);
        Set(insertProvenance, "@TextHash", p.TextHash);
        await insertProvenance.ExecuteNonQueryAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await insertItem.DisposeAsync();
        await updateItem.DisposeAsync();
        await touchItem.DisposeAsync();
        await insertProvenance.DisposeAsync();
    }

    private static void BindItem(DbCommand command, ItemRecord item)
    {
        Set(command, "@Kind", item.Kind);
        Set(command, "@KindRule", item.KindRule);
        Set(command, "@Title", item.Title);
        Set(command, "@Question", item.Question);
        Set(command, "@Answer", item.Answer);
        Set(command, "@Body", item.Body);
        Set(command, "@Language", item.Language);
        Set(command, "@OptionsJson", item.OptionsJson);
        Set(command, "@KeyOption", item.KeyOption);
        Set(command, "@KeySource", item.KeySource);
        Set(command, "@Explanation", item.Explanation);
        Set(command, "@Topics", item.Topics);
        Set(command, "@Hashtags", item.Hashtags);
        Set(command, "@LinksJson", item.LinksJson);
        Set(command, "@CodeJson", item.CodeJson);
        Set(command, "@MediaJson", item.MediaJson);
        Set(command, "@Merged", item.Merged);
        Set(command, "@Richness", item.Richness);
        Set(command, "@Revision", item.Revision);
        Set(command, "@EditedByUser", item.EditedByUser);
        Set(command, "@UpdatedAt", item.UpdatedAt.ToUniversalTime());
    }

    private static DbCommand Prepare(DbConnection connection, DbTransaction transaction, string sql, IEnumerable<string> parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // The SQL is built from this class's constant column names only.
        command.CommandText = sql;
#pragma warning restore CA2100
        foreach (var name in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            command.Parameters.Add(p);
        }

        return command;
    }

    private static void Set(DbCommand command, string name, object? value) => command.Parameters[name].Value = value ?? DBNull.Value;
}
