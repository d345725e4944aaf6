using System.Text.Json;
using Microsoft.Data.Sqlite;
using Sobes.Testing;

namespace Sobes.Cli.Tests.Backup;

/// <summary>`sobes backup`: a copy of a SQLite library in use that opens as a library; PostgreSQL is sent to pg_dump.</summary>
public sealed class BackupCommandTests : IDisposable
{
    private readonly TempSqliteDatabase database = new();

    private string Backup => Path.Combine(database.Directory, "copies", "backup.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        database.Dispose();
    }

    [Fact]
    public async Task A_library_in_rollback_journal_mode_opens()
    {
        Assert.Equal(0, (await CliRun.RunAsync("import", "--sample", "--db", database.FilePath)).Exit);
        SqliteConnection.ClearAllPools();
        await using (var connection = new SqliteConnection($"Data Source={database.FilePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=DELETE;";
            Assert.Equal("delete", await command.ExecuteScalarAsync());
        }

        var (exit, output) = await CliRun.RunAsync("stats", "--json", "--db", database.FilePath);

        Assert.True(exit == 0, output);
        Assert.True(JsonDocument.Parse(output).RootElement.GetProperty("library").GetProperty("items").GetInt32() > 0);
    }

    [Fact]
    public async Task A_backup_taken_while_another_connection_writes_opens_as_a_library_with_the_committed_items()
    {
        Assert.Equal(0, (await CliRun.RunAsync("import", "--sample", "--db", database.FilePath)).Exit);
        var items = Items(await CliRun.RunAsync("stats", "--json", "--db", database.FilePath));
        await using var writer = new SqliteConnection($"Data Source={database.FilePath};Pooling=False");
        await writer.OpenAsync();
        await using var transaction = (SqliteTransaction)await writer.BeginTransactionAsync();
        await using (var insert = writer.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO meta (\"Key\", \"Value\") VALUES ('uncommitted', '1');";
            await insert.ExecuteNonQueryAsync();
        }

        var (exit, output) = await CliRun.RunAsync("backup", "--output", Backup, "--db", database.FilePath);
        await transaction.CommitAsync();

        Assert.True(exit == 0, output);
        Assert.Contains("backed up", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Backup + ".partial"));
        Assert.Equal(items, Items(await CliRun.RunAsync("stats", "--json", "--db", Backup)));
        await using var copy = new SqliteConnection($"Data Source={Backup};Pooling=False");
        await copy.OpenAsync();
        await using var uncommitted = copy.CreateCommand();
        uncommitted.CommandText = "SELECT count(*) FROM meta WHERE \"Key\" = 'uncommitted';";
        Assert.Equal(0L, await uncommitted.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_second_backup_replaces_the_first_whole()
    {
        Assert.Equal(0, (await CliRun.RunAsync("import", "--sample", "--db", database.FilePath)).Exit);
        Directory.CreateDirectory(Path.GetDirectoryName(Backup)!);
        await File.WriteAllTextAsync(Backup, "an older backup");

        var (exit, output) = await CliRun.RunAsync("backup", "-o", Backup, "--db", database.FilePath);

        Assert.True(exit == 0, output);
        Assert.True(Items(await CliRun.RunAsync("stats", "--json", "--db", Backup)) > 0);
    }

    [Fact]
    public async Task A_backup_of_a_postgresql_library_points_to_pg_dump()
    {
        var (exit, output) = await CliRun.RunAsync("backup", "--output", Backup, "--db", "Host=127.0.0.1;Port=1;Database=sobes;Username=u");

        Assert.Equal(2, exit);
        Assert.Contains("pg_dump", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Backup));
    }

    [Fact]
    public async Task A_backup_of_a_missing_library_says_so()
    {
        var (exit, output) = await CliRun.RunAsync("backup", "--output", Backup, "--db", Path.Combine(database.Directory, "none.db"));

        Assert.Equal(2, exit);
        Assert.Contains("there is no library", output, StringComparison.Ordinal);
    }

    private static int Items((int Exit, string Output) run)
    {
        Assert.True(run.Exit == 0, run.Output);
        return JsonDocument.Parse(run.Output).RootElement.GetProperty("library").GetProperty("items").GetInt32();
    }
}
