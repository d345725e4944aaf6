using Microsoft.EntityFrameworkCore;
using Sobes.Data.Practice;
using Sobes.Data.Storage;
using Sobes.Data.Tests.Importing;
using Sobes.Testing;

namespace Sobes.Data.Tests.Practice;

/// <summary>
/// Instances on one database sync one learner's cards at once (each process's own gate cannot see the other's):
/// the database gives each sync its turn, so every card is created once and no sync fails.
/// </summary>
public sealed class CardSyncRaceTests(PostgresServer postgres) : IClassFixture<PostgresServer>, IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "sobes-sync-race-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<string> Providers => new() { "sqlite", "postgres" };

    public void Dispose()
    {
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, true);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Card_syncs_of_one_learner_racing_from_two_databases_create_each_card_once(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage), (2, PracticeFixtures.CrossValidation), (3, PracticeFixtures.Dropout));
        using var other = new SobesDatabase(library.Database.Location.WithIndexDirectory(Path.Combine(dir, "other-index")));
        long learner;
        await using (var db = library.Context())
        {
            learner = (await Learners.LocalAsync(db, PracticeFixtures.Now)).Id;
        }

        var databases = new[] { library.Database, other };
        var syncs = Enumerable.Range(0, 16).Select(async i =>
        {
            await using var db = databases[i % 2].CreateContext();
            return await CardSync.SyncIfChangedAsync(db, learner, PracticeFixtures.Now);
        });
        var reports = await Task.WhenAll(syncs);

        await using var check = library.Context();
        var cards = await check.Cards.AsNoTracking().Where(c => c.LearnerId == learner).ToListAsync();
        Assert.NotEmpty(cards);
        Assert.Equal(cards.Count, reports.Sum(r => r?.Created ?? 0));
        Assert.Single(reports, r => r is not null);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Full_card_syncs_of_one_learner_racing_never_fail_and_never_duplicate(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage), (2, PracticeFixtures.CrossValidation), (3, PracticeFixtures.Dropout));
        long learner;
        await using (var db = library.Context())
        {
            learner = (await Learners.LocalAsync(db, PracticeFixtures.Now)).Id;
        }

        var reports = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            await using var db = library.Context();
            return await CardSync.SyncAsync(db, learner, PracticeFixtures.Now);
        }));

        await using var check = library.Context();
        var count = await check.Cards.CountAsync(c => c.LearnerId == learner);
        Assert.Equal(count, reports.Sum(r => r.Created));
        Assert.Equal(count, reports.Max(r => r.Created));
    }
}
