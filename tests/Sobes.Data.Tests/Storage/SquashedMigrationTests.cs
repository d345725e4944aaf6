using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Sobes.Data.Storage;
using Sobes.Testing;

namespace Sobes.Data.Tests.Storage;

/// <summary>
/// Migration chains were folded into one migration per provider: the first wave's seven, and a later stop's two. A
/// library made by an old chain (here: a SQLite file written by the first wave's CLI, and the migration scripts of
/// the first wave for PostgreSQL and of the later stop for both providers) must open without loss and end with the
/// same schema as a library made by the folded migrations.
/// </summary>
public sealed class SquashedMigrationTests(PostgresServer postgres) : IClassFixture<PostgresServer>, IDisposable
{
    private static readonly string LegacyFolder = Path.Combine(TestPaths.TestProject("Sobes.Data.Tests"), "Storage", "Legacy");

    private readonly TempSqliteDatabase legacy = new();
    private readonly TempSqliteDatabase fresh = new();

    [Fact]
    public async Task A_library_made_by_the_old_chain_opens_with_its_content_and_the_squashed_history()
    {
        File.Copy(Path.Combine(LegacyFolder, "first-wave.sqlite"), legacy.FilePath);

        var database = await SobesDatabase.OpenAsync(DatabaseLocation.Sqlite(legacy.FilePath));

        await using var db = database.CreateContext();
        Assert.Equal(3, await db.Items.CountAsync());
        Assert.Equal(5, await db.Cards.CountAsync());
        Assert.Equal(1, await db.ReviewLog.CountAsync());
        Assert.Equal(1, await db.ItemEdits.CountAsync());
        Assert.Equal("L1 versus L2 regularization", (await db.Items.SingleAsync(i => i.Id == 3)).Title);
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task A_library_made_by_the_old_chain_has_the_schema_of_a_new_one()
    {
        File.Copy(Path.Combine(LegacyFolder, "first-wave.sqlite"), legacy.FilePath);

        var upgraded = await SobesDatabase.OpenAsync(DatabaseLocation.Sqlite(legacy.FilePath));
        var created = await SobesDatabase.OpenAsync(DatabaseLocation.Sqlite(fresh.FilePath));

        AssertSameSchema(await SchemaAsync(created, SqliteSchema), await SchemaAsync(upgraded, SqliteSchema));
    }

    [Fact]
    public async Task Opening_an_upgraded_library_again_changes_nothing()
    {
        File.Copy(Path.Combine(LegacyFolder, "first-wave.sqlite"), legacy.FilePath);
        await SobesDatabase.OpenAsync(DatabaseLocation.Sqlite(legacy.FilePath));

        var again = await SobesDatabase.OpenAsync(DatabaseLocation.Sqlite(legacy.FilePath));

        await using var db = again.CreateContext();
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(3, await db.Items.CountAsync());
    }

    [Fact]
    public async Task A_library_that_stopped_part_way_through_the_old_chain_is_refused_by_name_and_left_as_it_was()
    {
        File.Copy(Path.Combine(LegacyFolder, "first-wave.sqlite"), legacy.FilePath);
        await ExecuteAsync(legacy.ConnectionString, """DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261124074334_CardsSessionIndex'""");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => SobesDatabase.OpenAsync(DatabaseLocation.Sqlite(legacy.FilePath)));

        Assert.Contains("20261124070748_ProvenancePolls", error.Message, StringComparison.Ordinal);
        Assert.Equal(6, await CountHistoryAsync(legacy.ConnectionString));
    }

    [SkippableFact]
    public async Task A_postgres_library_made_by_the_old_chain_keeps_its_rows_and_gets_the_new_schema()
    {
        PostgresServer.SkipUnlessAvailable();
        var old = await postgres.CreateDatabaseAsync();
        var script = await File.ReadAllTextAsync(Path.Combine(LegacyFolder, "first-wave-postgres.sql"));
        await using (var connection = new Npgsql.NpgsqlConnection(old))
        {
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand(script + """

INSERT INTO meta ("Key", "Value") VALUES ('kept', 'yes');
""" , connection);
            await command.ExecuteNonQueryAsync();
        }

        var upgraded = await SobesDatabase.OpenAsync(DatabaseLocation.Postgres(old));
        var created = await SobesDatabase.OpenAsync(DatabaseLocation.Postgres(await postgres.CreateDatabaseAsync()));

        await using var db = upgraded.CreateContext();
        Assert.Equal("yes", (await db.Meta.SingleAsync(m => m.Key == "kept")).Value);
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        AssertSameSchema(await SchemaAsync(created, PostgresSchema), await SchemaAsync(upgraded, PostgresSchema));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void Every_fold_is_a_migration_of_the_assembly(string provider)
    {
        // No server is reached: the migrations are read from the assembly.
        using var database = new SobesDatabase(provider == "sqlite"
            ? DatabaseLocation.Sqlite(legacy.FilePath)
            : DatabaseLocation.Postgres("Host=localhost;Database=sobes_folds"));
        using var db = database.CreateContext();

        Assert.Equal([], SquashedMigrations.Folded(db).Except(db.Database.GetMigrations()));
    }

    [Fact]
    public async Task A_library_made_by_the_second_waves_chain_keeps_its_rows_and_gets_the_folded_history_and_schema()
    {
        await ExecuteAsync(legacy.ConnectionString, await File.ReadAllTextAsync(Path.Combine(LegacyFolder, "second-wave-sqlite.sql")) + """

INSERT INTO meta ("Key", "Value") VALUES ('kept', 'yes');
""");

        var upgraded = await SobesDatabase.OpenAsync(DatabaseLocation.Sqlite(legacy.FilePath));
        var created = await SobesDatabase.OpenAsync(DatabaseLocation.Sqlite(fresh.FilePath));

        await using var db = upgraded.CreateContext();
        Assert.Equal("yes", (await db.Meta.SingleAsync(m => m.Key == "kept")).Value);
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        AssertSameSchema(await SchemaAsync(created, SqliteSchema), await SchemaAsync(upgraded, SqliteSchema));
    }

    [Fact]
    public async Task A_library_that_stopped_part_way_through_the_second_waves_chain_is_refused_by_name()
    {
        await ExecuteAsync(legacy.ConnectionString, await File.ReadAllTextAsync(Path.Combine(LegacyFolder, "second-wave-sqlite.sql")));
        await ExecuteAsync(legacy.ConnectionString, """DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207125314_LiveItemsIndex'""");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => SobesDatabase.OpenAsync(DatabaseLocation.Sqlite(legacy.FilePath)));

        Assert.Contains("20261207071058_ProblemAttempts", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_postgres_library_made_by_the_second_waves_chain_keeps_its_rows_and_gets_the_folded_schema()
    {
        PostgresServer.SkipUnlessAvailable();
        var old = await postgres.CreateDatabaseAsync();
        var script = await File.ReadAllTextAsync(Path.Combine(LegacyFolder, "second-wave-postgres.sql"));
        await using (var connection = new Npgsql.NpgsqlConnection(old))
        {
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand(script + """

INSERT INTO meta ("Key", "Value") VALUES ('kept', 'yes');
""", connection);
            await command.ExecuteNonQueryAsync();
        }

        var upgraded = await SobesDatabase.OpenAsync(DatabaseLocation.Postgres(old));
        var created = await SobesDatabase.OpenAsync(DatabaseLocation.Postgres(await postgres.CreateDatabaseAsync()));

        await using var db = upgraded.CreateContext();
        Assert.Equal("yes", (await db.Meta.SingleAsync(m => m.Key == "kept")).Value);
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        AssertSameSchema(await SchemaAsync(created, PostgresSchema), await SchemaAsync(upgraded, PostgresSchema));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        legacy.Dispose();
        fresh.Dispose();
    }

    private const string SqliteSchema = """
        SELECT 'column ' || m.name || '.' || p.name || ' ' || p.type || ' notnull=' || p."notnull" || ' pk=' || p.pk || ' default=' || coalesce(p.dflt_value, '')
        FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'
        UNION ALL
        SELECT 'index ' || m.name || ' unique=' || l."unique" || ' on ' || m.name || '(' || (SELECT group_concat(i.name, ',') FROM pragma_index_info(l.name) i) || ')' || ' ' || l.name
        FROM sqlite_master m JOIN pragma_index_list(m.name) l WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'
        UNION ALL
        SELECT 'fk ' || m.name || '.' || f."from" || ' -> ' || f."table" || '.' || f."to" || ' ' || f.on_delete
        FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'
        """;

    private const string PostgresSchema = """
        SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' nullable=' || is_nullable || ' default=' || coalesce(column_default, '')
        FROM information_schema.columns WHERE table_schema = 'public'
        UNION ALL
        SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public'
        UNION ALL
        SELECT 'constraint ' || table_name || ' ' || constraint_name || ' ' || constraint_type
        FROM information_schema.table_constraints WHERE table_schema = 'public' AND constraint_type <> 'CHECK'
        """;

    private static void AssertSameSchema(List<string> created, List<string> upgraded)
    {
        Assert.NotEmpty(created);
        Assert.Equal([], created.Except(upgraded).Select(row => "missing: " + row).Concat(upgraded.Except(created).Select(row => "extra: " + row)));
    }

    private static async Task<List<string>> SchemaAsync(SobesDatabase database, string query)
    {
        await using var db = database.CreateContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = query;
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> CountHistoryAsync(string connectionString)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT count(*) FROM "__EFMigrationsHistory" """;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
