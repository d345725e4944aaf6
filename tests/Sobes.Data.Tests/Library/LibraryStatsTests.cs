using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sobes.Data.Library;
using Sobes.Data.Tests.Importing;
using Sobes.Data.Tests.Practice;
using Sobes.Testing;

namespace Sobes.Data.Tests.Library;

/// <summary>The statistics, read in plain SQL on both providers, over an EF context (web) or a plain connection (CLI).</summary>
public sealed class LibraryStatsTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "sobes-stats-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<string> Providers => new() { "sqlite", "postgres" };

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Stats_count_live_items_sources_and_posts_and_leave_deleted_items_out(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage), (2, PracticeFixtures.CrossValidation), (3, PracticeFixtures.Dropout));
        await using (var db = library.Context())
        {
            var dropout = await db.Items.Where(i => i.Title.Contains("dropout")).Select(i => i.Id).SingleAsync();
            await db.Items.Where(i => i.Id == dropout).ExecuteUpdateAsync(u => u.SetProperty(i => i.DeletedAt, PracticeFixtures.Now));
        }

        var stats = await LibraryQueries.StatsAsync(library.Database);

        Assert.Equal(2, stats.Items);
        Assert.Equal(1, stats.Sources);
        Assert.Equal(2, stats.Provenances);
        Assert.Equal(2, stats.ByKind.Values.Sum());
        Assert.Equal(2, stats.ByLanguage["ru"]);
        Assert.Equal(0, stats.MergedItems);
        await using var context = library.Context();
        Assert.Equal(JsonSerializer.Serialize(stats), JsonSerializer.Serialize(await LibraryQueries.StatsAsync(context)));
    }
}
