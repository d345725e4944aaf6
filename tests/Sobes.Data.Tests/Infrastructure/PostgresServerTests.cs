using Npgsql;
using Sobes.Testing;

namespace Sobes.Data.Tests.Infrastructure;

public sealed class PostgresServerTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [SkippableFact]
    public async Task Server_is_a_real_postgresql()
    {
        var connectionString = await postgres.CreateDatabaseAsync();

        var version = await ScalarAsync<string>(connectionString, "SELECT version()");

        Assert.StartsWith("PostgreSQL ", version, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Server_listens_on_loopback_only()
    {
        var connectionString = await postgres.CreateDatabaseAsync();

        Assert.Equal("127.0.0.1", await ScalarAsync<string>(connectionString, "SHOW listen_addresses"));
    }

    [SkippableFact]
    public async Task Each_call_gives_a_distinct_empty_database()
    {
        var first = await postgres.CreateDatabaseAsync();
        var second = await postgres.CreateDatabaseAsync();

        Assert.NotEqual(DatabaseName(first), DatabaseName(second));
        Assert.Equal(0L, await CountPublicTablesAsync(first));
        Assert.Equal(0L, await CountPublicTablesAsync(second));
    }

    [SkippableFact]
    public async Task A_table_created_in_one_database_is_absent_from_another()
    {
        var first = await postgres.CreateDatabaseAsync();
        var second = await postgres.CreateDatabaseAsync();

        await ScalarAsync<object>(first, "CREATE TABLE probe (id int primary key)");

        Assert.Equal(1L, await CountPublicTablesAsync(first));
        Assert.Equal(0L, await CountPublicTablesAsync(second));
    }

    [SkippableFact]
    public async Task Databases_can_be_created_concurrently()
    {
        var created = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => postgres.CreateDatabaseAsync()));

        Assert.Equal(4, created.Select(DatabaseName).Distinct().Count());
    }

    private static string? DatabaseName(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString).Database;

    private static Task<long> CountPublicTablesAsync(string connectionString) => ScalarAsync<long>(connectionString,
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'");

    private static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
