using Microsoft.EntityFrameworkCore;
using Sobes.Testing;

namespace Sobes.Data.Tests.Infrastructure;

/// <summary>Tests run at once on the same server and in the same folders: a recording counts its own database only.</summary>
public sealed class DatabaseTrafficTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task A_sqlite_file_whose_path_begins_with_the_recorded_one_is_not_counted()
    {
        using var file = new TempSqliteDatabase("library.db");
        using var traffic = DatabaseTraffic.Record(file.FilePath);

        await SelectAsync(new DbContextOptionsBuilder().UseSqlite($"Data Source={file.FilePath}-copy;Pooling=False").Options);
        await SelectAsync(new DbContextOptionsBuilder().UseSqlite($"Data Source={file.FilePath}.bak;Pooling=False").Options);
        Assert.Empty(traffic.Commands);

        await SelectAsync(new DbContextOptionsBuilder().UseSqlite(file.ConnectionString).Options);
        Assert.Single(traffic.Commands);
    }

    [SkippableFact]
    public async Task Another_database_of_the_same_server_is_not_counted()
    {
        var recorded = await postgres.CreateDatabaseAsync();
        var other = await postgres.CreateDatabaseAsync();
        using var traffic = DatabaseTraffic.Record(recorded);

        await SelectAsync(new DbContextOptionsBuilder().UseNpgsql(other).Options);
        Assert.Empty(traffic.Commands);

        // The same database under a differently written connection string is still the recorded one.
        await SelectAsync(new DbContextOptionsBuilder().UseNpgsql(recorded.ToLowerInvariant().Replace(";", "; ", StringComparison.Ordinal)).Options);
        Assert.Single(traffic.Commands);
    }

    private static async Task SelectAsync(DbContextOptions options)
    {
        await using var context = new DbContext(options);
        await context.Database.ExecuteSqlRawAsync("SELECT 1");
    }
}
