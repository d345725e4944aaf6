using Sobes.Data.Channels;
using Sobes.Data.Storage;
using Sobes.Testing;

namespace Sobes.Data.Tests.Channels;

/// <summary>Two hosts, each with its own connection to one database, taking the background sync's lease.</summary>
public sealed class SyncLeaseTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 4, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Providers => new() { "sqlite", "postgres" };

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task One_host_holds_the_lease_until_it_gives_it_back_or_it_expires(string provider)
    {
        using var sqlite = new TempSqliteDatabase();
        var location = provider == "postgres" ? DatabaseLocation.Postgres(await postgres.CreateDatabaseAsync()) : DatabaseLocation.Sqlite(sqlite.FilePath);
        using var first = await SobesDatabase.OpenAsync(location);
        using var second = await SobesDatabase.OpenAsync(location);

        Assert.True(await SyncLease.TryAcquireAsync(first, SyncLease.Background, "host-a", Minute, Now, default));
        Assert.False(await SyncLease.TryAcquireAsync(second, SyncLease.Background, "host-b", Minute, Now.AddSeconds(30), default));
        Assert.True(await SyncLease.TryAcquireAsync(first, SyncLease.Background, "host-a", Minute, Now.AddSeconds(50), default));
        Assert.False(await SyncLease.TryAcquireAsync(second, SyncLease.Background, "host-b", Minute, Now.AddSeconds(100), default));
        Assert.Equal("host-a", await SyncLease.HolderAsync(second, SyncLease.Background, Now.AddSeconds(100), default));

        // Renewed at 50 s for a minute: free from 110 s on, when the other host takes it.
        Assert.True(await SyncLease.TryAcquireAsync(second, SyncLease.Background, "host-b", Minute, Now.AddSeconds(110), default));
        Assert.False(await SyncLease.TryAcquireAsync(first, SyncLease.Background, "host-a", Minute, Now.AddSeconds(120), default));

        await SyncLease.ReleaseAsync(first, SyncLease.Background, "host-a", default);
        Assert.Equal("host-b", await SyncLease.HolderAsync(first, SyncLease.Background, Now.AddSeconds(120), default));
        await SyncLease.ReleaseAsync(second, SyncLease.Background, "host-b", default);
        Assert.True(await SyncLease.TryAcquireAsync(first, SyncLease.Background, "host-a", Minute, Now.AddSeconds(121), default));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Hosts_racing_for_a_free_lease_get_it_once(string provider)
    {
        using var sqlite = new TempSqliteDatabase();
        var location = provider == "postgres" ? DatabaseLocation.Postgres(await postgres.CreateDatabaseAsync()) : DatabaseLocation.Sqlite(sqlite.FilePath);
        var hosts = new List<SobesDatabase>();
        for (var i = 0; i < 4; i++)
        {
            hosts.Add(await SobesDatabase.OpenAsync(location));
        }

        try
        {
            var taken = await Task.WhenAll(hosts.Select((h, i) => Task.Run(() => SyncLease.TryAcquireAsync(h, "race", "host-" + i, Minute, Now, default))));

            Assert.Equal(1, taken.Count(t => t));
        }
        finally
        {
            hosts.ForEach(h => h.Dispose());
        }
    }
}
