using System.Diagnostics;
using Npgsql;
using Sobes.Testing;
using Xunit.Abstractions;

namespace Sobes.Data.Tests.Infrastructure;

public sealed class PostgresClusterTests(ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Disposing_a_cluster_stops_the_server_and_deletes_its_folder()
    {
        PostgresServer.SkipUnlessAvailable();
        var watch = Stopwatch.StartNew();
        var cluster = await PostgresCluster.StartAsync();
        output.WriteLine($"PostgreSQL {cluster.Binaries.MajorVersion} started in {watch.Elapsed.TotalSeconds:F2} s on port {cluster.Port}");
        var connectionString = await cluster.CreateDatabaseAsync();
        Assert.True(Directory.Exists(cluster.DataDirectory));

        await cluster.DisposeAsync();

        Assert.False(Directory.Exists(cluster.RootDirectory));
        await using var connection = new NpgsqlConnection(connectionString);
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => connection.OpenAsync());
    }
}
