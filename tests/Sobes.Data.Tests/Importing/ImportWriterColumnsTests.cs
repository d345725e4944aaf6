using Microsoft.EntityFrameworkCore;
using Sobes.Data.Importing;
using Sobes.Data.Storage;
using Sobes.Testing;

namespace Sobes.Data.Tests.Importing;

/// <summary>The bulk import writer spells the EF schema by hand; these tests fail when the two drift apart.</summary>
public sealed class ImportWriterColumnsTests : IDisposable
{
    private readonly TempSqliteDatabase file = new();

    public void Dispose() => file.Dispose();

    [Fact]
    public async Task Every_column_of_items_is_written_by_the_import_set_by_the_database_or_left_to_editors_and_no_other()
    {
        using var database = await SobesDatabase.OpenAsync(DatabaseLocation.Sqlite(file.FilePath));
        await using var db = database.CreateContext();
        var model = Columns(db, typeof(ItemRecord));
        string[] writer = [.. ImportWriter.ItemColumns, .. ImportWriter.InsertOnlyColumns, .. ImportWriter.EditorColumns, "Id"];

        Assert.Equal(model.Order(StringComparer.Ordinal), writer.Order(StringComparer.Ordinal));
        Assert.Equal(writer.Length, writer.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Every_column_of_item_sources_but_its_id_is_written_by_the_import()
    {
        using var database = await SobesDatabase.OpenAsync(DatabaseLocation.Sqlite(file.FilePath));
        await using var db = database.CreateContext();

        Assert.Equal(Columns(db, typeof(ItemSourceRecord)).Where(c => c != "Id").Order(StringComparer.Ordinal), ImportWriter.ProvenanceColumns.Order(StringComparer.Ordinal));
    }

    private static List<string> Columns(SobesDbContext db, Type entity)
    {
        var type = db.Model.FindEntityType(entity)!;
        var table = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var columns = type.GetProperties().Select(p => p.GetColumnName(table)!).ToList();
        Assert.NotEmpty(columns);
        return columns;
    }
}
