using Microsoft.EntityFrameworkCore;
using Sobes.Data.Library;
using Sobes.Data.Library.Editing;
using Sobes.Data.Tests.Importing;
using Sobes.Data.Tests.Practice;
using Sobes.Testing;

namespace Sobes.Data.Tests.Owning;

public sealed class ItemDeletionTests(PostgresServer postgres) : IClassFixture<PostgresServer>, IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "sobes-own-" + Guid.NewGuid().ToString("N"));

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
    public async Task A_deleted_item_leaves_lists_search_exports_and_stats_and_a_restore_brings_it_back(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, OwningFixtures.Gradient), (2, OwningFixtures.Bagging));
        var id = await OwningFixtures.ItemIdAsync(library, "Что такое градиентный");
        Assert.Contains(id, await OwningFixtures.SearchedAsync(library, "градиентный"));

        var deleted = await OwningFixtures.Owner(library).DeleteItemsAsync([id], "editor");

        Assert.Equal([id], deleted.Changed);
        Assert.DoesNotContain(id, await OwningFixtures.ListedAsync(library));
        Assert.Equal([id], await OwningFixtures.ListedAsync(library, new LibraryFilter { Deleted = true }));
        Assert.DoesNotContain(id, await OwningFixtures.SearchedAsync(library, "градиентный"));
        await using (var db = library.Context())
        {
            Assert.Null(await LibraryQueries.GetAsync(db, id));
            Assert.NotNull((await LibraryQueries.GetAsync(db, id, withDeleted: true))!.DeletedAt);
            Assert.Equal(1, (await LibraryQueries.StatsAsync(db)).Items);
            var export = new StringWriter();
            Assert.Equal(1, await LibraryExporter.ExportAsync(db, "jsonl", export));
            Assert.DoesNotContain("градиентный", export.ToString(), StringComparison.Ordinal);
            Assert.Equal([EditLog.Delete], (await EditLog.HistoryAsync(db, id)).Select(e => e.Action));
        }

        var restored = await OwningFixtures.Owner(library).RestoreItemsAsync([id], "editor");

        Assert.Equal([id], restored.Changed);
        Assert.Contains(id, await OwningFixtures.ListedAsync(library));
        Assert.Contains(id, await OwningFixtures.SearchedAsync(library, "градиентный"));
        await using var after = library.Context();
        Assert.Equal(2, (await LibraryQueries.StatsAsync(after)).Items);
        Assert.Equal([EditLog.Delete, EditLog.Restore], (await EditLog.HistoryAsync(after, id)).Select(e => e.Action));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_channel_sync_and_a_reimport_never_bring_a_deleted_post_back(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        var first = await PracticeFixtures.ImportAsync(library, dir, "channel.json", (1, OwningFixtures.Gradient), (2, OwningFixtures.Bagging));
        var id = await OwningFixtures.ItemIdAsync(library, "Что такое градиентный");
        await OwningFixtures.Owner(library).DeleteItemsAsync([id], "editor");

        var again = await library.Importer.ImportAsync([first]);
        var synced = Fixtures.Write(Path.Combine(dir, "later"), "channel.json", Fixtures.TelegramExport((1, OwningFixtures.Gradient), (2, OwningFixtures.Bagging), (3, PracticeFixtures.Dropout)));
        var sync = await library.Importer.ImportAsync([synced]);

        Assert.True(again.Committed);
        Assert.True(sync.Committed);
        var listed = await OwningFixtures.ListedAsync(library);
        Assert.Equal(2, listed.Count);
        Assert.DoesNotContain(id, listed);
        Assert.Empty(await OwningFixtures.SearchedAsync(library, "градиентный"));
        await using var db = library.Context();
        Assert.Equal(3, await db.Items.CountAsync());
        Assert.NotNull((await db.Items.SingleAsync(i => i.Id == id)).DeletedAt);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_richer_duplicate_of_a_deleted_item_replaces_its_text_but_leaves_it_deleted_and_out_of_search(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, OwningFixtures.Gradient));
        var id = await OwningFixtures.ItemIdAsync(library, "Что такое градиентный");
        await OwningFixtures.Owner(library).DeleteItemsAsync([id], "editor");

        await PracticeFixtures.ImportAsync(library, dir, "b.json", (7, OwningFixtures.Gradient + " Шаг обучения подбирают по валидации: слишком большой шаг расходится, слишком маленький ползёт."));

        await using var db = library.Context();
        var item = await db.Items.SingleAsync();
        Assert.Equal(id, item.Id);
        Assert.NotNull(item.DeletedAt);
        Assert.Equal(2, item.Merged);
        Assert.Empty(await OwningFixtures.SearchedAsync(library, "валидации"));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Cards_of_a_deleted_item_are_not_studied_and_a_restore_brings_them_back_with_their_progress(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, OwningFixtures.Gradient), (2, OwningFixtures.Bagging));
        var id = await OwningFixtures.ItemIdAsync(library, "Что такое градиентный");
        await using (var db = library.Context())
        {
            await PracticeFixtures.SyncAsync(db);
            var card = await db.Cards.FirstAsync(c => c.ItemId == id);
            card.Reps = 4;
            card.Stability = 12.5;
            await db.SaveChangesAsync();
        }

        await OwningFixtures.Owner(library).DeleteItemsAsync([id], "editor");
        await using (var db = library.Context())
        {
            await PracticeFixtures.SyncAsync(db, PracticeFixtures.Now.AddHours(1));
            Assert.All(await db.Cards.Where(c => c.ItemId == id).ToListAsync(), c => Assert.True(c.Suspended));
            Assert.NotEmpty(await db.Cards.Where(c => c.ItemId == id).ToListAsync());
            Assert.Contains(await db.Cards.Where(c => c.ItemId != id).ToListAsync(), c => !c.Suspended);
        }

        await OwningFixtures.Owner(library).RestoreItemsAsync([id], "editor");

        await using var after = library.Context();
        await PracticeFixtures.SyncAsync(after, PracticeFixtures.Now.AddHours(2));
        var cards = await after.Cards.Where(c => c.ItemId == id).ToListAsync();
        Assert.NotEmpty(cards);
        Assert.All(cards, c => Assert.False(c.Suspended));
        Assert.Contains(cards, c => c.Reps == 4 && c.Stability == 12.5);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Deleting_a_source_takes_only_the_items_no_live_source_holds_and_its_restore_brings_back_only_those(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, OwningFixtures.Gradient), (2, OwningFixtures.Bagging), (3, PracticeFixtures.Leakage));
        await PracticeFixtures.ImportAsync(library, dir, "b.json", (9, OwningFixtures.Bagging));
        var gradient = await OwningFixtures.ItemIdAsync(library, "Что такое градиентный");
        var bagging = await OwningFixtures.ItemIdAsync(library, "Чем бэггинг");
        var leakage = await OwningFixtures.ItemIdAsync(library, "Что такое утечка");
        await OwningFixtures.Owner(library).DeleteItemsAsync([leakage], "editor");
        long source;
        await using (var db = library.Context())
        {
            source = (await LibrarySourcesOf(db, "a.json")).Single();
        }

        var deleted = await OwningFixtures.Owner(library).DeleteSourcesAsync([source], "editor");

        Assert.Equal([source], deleted.Changed);
        Assert.Equal([gradient], deleted.Items);
        Assert.Equal([bagging], await OwningFixtures.ListedAsync(library));
        await using (var db = library.Context())
        {
            var listed = await Data.Library.Owning.LibrarySources.ListAsync(db);
            var a = listed.Single(s => s.Id == source);
            Assert.NotNull(a.DeletedAt);
            Assert.Equal((1, 2), (a.Items, a.DeletedItems));
            Assert.Equal(1, (await LibraryQueries.StatsAsync(db)).Sources);
        }

        var restored = await OwningFixtures.Owner(library).RestoreSourcesAsync([source], "editor");

        Assert.Equal([gradient], restored.Items);
        Assert.Equal([gradient, bagging], await OwningFixtures.ListedAsync(library));
        Assert.Contains(gradient, await OwningFixtures.SearchedAsync(library, "градиентный"));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_dismissal_is_logged_and_survives_a_richer_duplicate(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        const string Untitled = "Да, помогает. Регуляризация — это штраф за сложность модели, который добавляют к функции потерь, чтобы модель не подгонялась под шум.";
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, Untitled));
        await using (var db = library.Context())
        {
            Assert.Single(await LibraryQueries.ListAsync(db, new LibraryFilter { InReview = true }));
        }

        var id = (await OwningFixtures.ListedAsync(library)).Single();
        var dismissed = await OwningFixtures.Owner(library).DismissAsync([id], "editor");
        await PracticeFixtures.ImportAsync(library, dir, "b.json", (5, Untitled + " Силу штрафа подбирают по валидации, а L1 ещё и обнуляет часть весов."));

        Assert.Equal([id], dismissed.Changed);
        await using var after = library.Context();
        Assert.Empty(await LibraryQueries.ListAsync(after, new LibraryFilter { InReview = true }));
        var item = await after.Items.SingleAsync();
        Assert.Equal(2, item.Merged);
        Assert.NotNull(item.ReviewDismissedAt);
        Assert.Equal([EditLog.Dismiss], (await EditLog.HistoryAsync(after, id)).Select(e => e.Action));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task The_list_sorts_newest_first_by_post_date_and_hides_ads_when_asked(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        const string Ad = "Курс по машинному обучению стартует в понедельник! Скидка 30% по промокоду ML30, успей записаться: осталось 5 мест.";
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, OwningFixtures.Gradient), (3, OwningFixtures.Bagging), (5, Ad));
        var gradient = await OwningFixtures.ItemIdAsync(library, "Что такое градиентный");
        var bagging = await OwningFixtures.ItemIdAsync(library, "Чем бэггинг");

        await using var db = library.Context();
        var newest = (await LibraryQueries.ListAsync(db, new LibraryFilter { HideAds = true }, LibrarySort.Newest)).Select(i => i.Id).ToList();
        var byId = (await LibraryQueries.ListAsync(db, LibraryFilter.All)).Select(i => i.Kind).ToList();

        Assert.Equal([bagging, gradient], newest);
        Assert.Contains("ad", byId);
        Assert.Equal(3, byId.Count);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_bulk_delete_on_a_filtered_list_takes_every_matching_item_and_a_bulk_restore_undoes_it(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, OwningFixtures.Gradient), (2, OwningFixtures.Bagging));
        await PracticeFixtures.ImportAsync(library, dir, "b.json", (3, PracticeFixtures.Leakage));
        var owner = OwningFixtures.Owner(library);

        var deleted = await owner.ApplyAsync(Data.Library.Owning.BulkAction.Delete, new LibraryFilter(Sources: ["a.json"]), "editor");
        Assert.Equal(2, deleted.Changed.Count);
        Assert.Single(await OwningFixtures.ListedAsync(library));

        var restored = await owner.ApplyAsync(Data.Library.Owning.BulkAction.Restore, new LibraryFilter(Sources: ["a.json"]), "editor");
        Assert.Equal(deleted.Changed, restored.Changed);
        Assert.Equal(3, (await OwningFixtures.ListedAsync(library)).Count);
    }

    private static async Task<IReadOnlyList<long>> LibrarySourcesOf(Sobes.Data.Storage.SobesDbContext db, string name) =>
        await Data.Library.Owning.LibrarySources.FindAsync(db, name);
}
