using Microsoft.EntityFrameworkCore;
using Npgsql;
using Sobes.Data.Storage;
using Sobes.Testing;

namespace Sobes.Data.Tests.Storage;

/// <summary>Npgsql settings a deployment may put in its connection string.</summary>
public sealed class PostgresConnectionStringTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task A_library_opens_and_serves_on_a_connection_string_that_multiplexes()
    {
        PostgresServer.SkipUnlessAvailable();
        var connection = new NpgsqlConnectionStringBuilder(await postgres.CreateDatabaseAsync()) { Pooling = true, Multiplexing = true }.ConnectionString;

        using var database = await SobesDatabase.OpenAsync(DatabaseLocation.Postgres(connection));
        await using var db = database.CreateContext();

        Assert.True(await db.Meta.AnyAsync(m => m.Key == LibraryRevision.Key));
    }
}
