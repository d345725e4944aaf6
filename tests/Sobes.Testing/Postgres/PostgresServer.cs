using Xunit;

namespace Sobes.Testing;

/// <summary>
/// xunit fixture giving each test a fresh PostgreSQL database. All fixtures in a test process share one
/// server, started on first use and stopped (its folder deleted) when the process exits, so test classes
/// still run in parallel. Use it as <c>IClassFixture&lt;PostgresServer&gt;</c> and call
/// <see cref="CreateDatabaseAsync"/> from a [SkippableFact]: when PostgreSQL is not installed the test is
/// skipped, or fails under SOBES_REQUIRE_ALL=1.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private static readonly Lazy<Task<PostgresCluster>> Shared = new(StartSharedAsync);

    /// <summary>True when PostgreSQL's server binaries are installed.</summary>
    public static bool IsAvailable => PostgresBinaries.Find() is not null;

    /// <summary>What to tell the reader when <see cref="IsAvailable"/> is false.</summary>
    public static string UnavailableReason => PostgresBinaries.UnavailableReason;

    /// <summary>Skips (or fails, under SOBES_REQUIRE_ALL=1) the calling test when PostgreSQL is missing.</summary>
    public static void SkipUnlessAvailable() => Requirements.SkipUnless(IsAvailable, UnavailableReason);

    /// <summary>The shared server; skips the test when PostgreSQL is missing.</summary>
    public static Task<PostgresCluster> GetClusterAsync()
    {
        SkipUnlessAvailable();
        return Shared.Value;
    }

    /// <summary>A connection string to a new, empty database of its own (never shared between tests).</summary>
    public async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken = default)
    {
        var cluster = await GetClusterAsync();
        return await cluster.CreateDatabaseAsync(cancellationToken);
    }

    /// <summary>Starts the shared server early so a start failure surfaces once, before the tests.</summary>
    public Task InitializeAsync() => IsAvailable ? Shared.Value : Task.CompletedTask;

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<PostgresCluster> StartSharedAsync()
    {
        var cluster = await PostgresCluster.StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop();
        return cluster;
    }
}
