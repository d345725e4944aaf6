using Microsoft.EntityFrameworkCore;
using Sobes.Data.Storage;
using Sobes.Data.Tests.Importing;
using Sobes.Data.Tests.Practice;
using Sobes.Testing;

namespace Sobes.Data.Tests.Storage;

/// <summary>What a search reads of the change log over a plain connection (no EF) is what EF reads, on both providers.</summary>
public sealed class ItemChangeLogTests(PostgresServer postgres) : IClassFixture<PostgresServer>, IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "sobes-change-log-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<string> Providers => new() { "sqlite", "postgres" };

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task The_head_and_the_library_id_read_in_plain_SQL_are_what_EF_reads(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await using (var connection = await library.Database.OpenConnectionAsync())
        {
            Assert.Equal(0, await ItemChangeLog.HeadAsync(connection, CancellationToken.None));
        }

        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage), (2, PracticeFixtures.Dropout));

        await using var db = library.Context();
        await using var plain = await library.Database.OpenConnectionAsync();
        var head = await ItemChangeLog.HeadAsync(plain, CancellationToken.None);
        Assert.True(head > 0);
        Assert.Equal(await db.ItemChanges.MaxAsync(c => c.Seq), head);
        Assert.Equal(await ItemChangeLog.HeadAsync(db, CancellationToken.None), head);
        var id = await ItemChangeLog.LibraryAsync(plain, CancellationToken.None);
        Assert.NotEmpty(id);
        Assert.Equal(await ItemChangeLog.LibraryAsync(db, CancellationToken.None), id);
    }

    public void Dispose()
    {
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, true);
        }
    }
}
