using Microsoft.EntityFrameworkCore;
using Sobes.Data.Storage;
using Sobes.Testing;

namespace Sobes.Data.Tests.Storage;

/// <summary>Opening a library skips EF's migration path only when nothing is left to apply or set up.</summary>
public sealed class SchemaCheckTests : IDisposable
{
    private readonly TempSqliteDatabase file = new();

    [Fact]
    public async Task A_new_file_is_not_current()
    {
        using var database = new SobesDatabase(DatabaseLocation.Sqlite(file.FilePath));

        Assert.False(await SchemaCheck.IsCurrentAsync(database, CancellationToken.None));
    }

    [Fact]
    public async Task A_migrated_library_is_current()
    {
        using var database = await SobesDatabase.OpenAsync(DatabaseLocation.Sqlite(file.FilePath));

        Assert.True(await SchemaCheck.IsCurrentAsync(database, CancellationToken.None));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void The_newest_migration_it_expects_is_the_one_EF_applies_last(string provider)
    {
        // No server is reached: the migrations are read from the assembly.
        using var database = new SobesDatabase(provider == "sqlite"
            ? DatabaseLocation.Sqlite(file.FilePath)
            : DatabaseLocation.Postgres("Host=localhost;Database=sobes_schema_check"));
        using var db = database.CreateContext();

        Assert.Equal(db.Database.GetMigrations().Last(), SchemaCheck.NewestMigration(database.ContextType));
    }

    [Fact]
    public async Task A_library_missing_the_newest_migration_is_not_current()
    {
        using var database = await SobesDatabase.OpenAsync(DatabaseLocation.Sqlite(file.FilePath));
        await using var db = database.CreateContext();
        var newest = db.Database.GetMigrations().Last();

        await db.Database.ExecuteSqlAsync($"""DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" = {newest}""");

        Assert.False(await SchemaCheck.IsCurrentAsync(database, CancellationToken.None));
    }

    [Fact]
    public async Task A_library_without_its_revision_mark_is_not_current_and_opening_restores_it()
    {
        using (var database = await SobesDatabase.OpenAsync(DatabaseLocation.Sqlite(file.FilePath)))
        {
            await using var db = database.CreateContext();
            await db.Meta.Where(m => m.Key == LibraryRevision.Key).ExecuteDeleteAsync();
            Assert.False(await SchemaCheck.IsCurrentAsync(database, CancellationToken.None));
        }

        using var reopened = await SobesDatabase.OpenAsync(DatabaseLocation.Sqlite(file.FilePath));
        await using var again = reopened.CreateContext();
        Assert.True(await again.Meta.AnyAsync(m => m.Key == LibraryRevision.Key));
    }

    [Fact]
    public async Task A_library_analysed_by_older_rules_is_not_current()
    {
        using var database = await SobesDatabase.OpenAsync(DatabaseLocation.Sqlite(file.FilePath));
        await using var db = database.CreateContext();

        await db.Meta.Where(m => m.Key == Sobes.Data.Library.Reanalysis.LibraryReanalysis.VersionKey)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.Value, (Sobes.Core.Library.AnalysisVersion.Current - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.False(await SchemaCheck.IsCurrentAsync(database, CancellationToken.None));
    }

    public void Dispose() => file.Dispose();
}
