using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Sobes.Data.Importing;
using Sobes.Data.Library.Editing;
using Sobes.Data.Search;
using Sobes.Data.Storage;
using Sobes.Data.Tests.Importing;
using Sobes.Testing;

namespace Sobes.Data.Tests.Search;

/// <summary>
/// Two servers on one database, each with an index folder of its own (what two instances on one PostgreSQL are, and
/// what two processes on one SQLite file are once one of them holds the shared folder): each follows the other's changes.
/// </summary>
public sealed class IndexFollowingTests(PostgresServer postgres) : IClassFixture<PostgresServer>, IDisposable
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly string dir = Path.Combine(Path.GetTempPath(), "sobes-follow-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<string> Providers => new() { "sqlite", "postgres" };

    private const string Bagging = "Что такое бэггинг в машинном обучении?\n\nМодели обучают на бутстрэп-выборках и усредняют их ответы, чтобы снизить дисперсию.";
    private const string Boosting = "Что такое градиентный бустинг?\n\nАнсамбль деревьев, где каждое следующее дерево исправляет ошибки предыдущих.";
    private const string Stacking = "Что такое стекинг моделей?\n\nМетамодель учится на ответах базовых моделей, полученных на кросс-валидации.";

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task An_edit_made_by_one_server_is_found_by_a_search_on_the_other(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        using var other = Other(library);
        await library.Importer.ImportAsync([Fixtures.Write(dir, "a.json", Fixtures.TelegramExport((1, Bagging)))]);
        Assert.Single((await other.Search.SearchAsync(new SearchQuery("бэггинг", null))).Hits);
        var id = (await library.SearchAsync("бэггинг")).Hits[0].Id;

        var result = await new LibraryEditor(library.Database, Time).EditAsync(id, new ItemEdit { Title = "Бэггинг и случайный лес" }, "editor");

        Assert.Equal(EditStatus.Done, result.Status);
        var hit = Assert.Single((await other.Search.SearchAsync(new SearchQuery("случайный лес", null))).Hits);
        Assert.Equal("Бэггинг и случайный лес", hit.Title);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_merge_made_by_one_server_removes_the_merged_item_from_the_other(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        using var other = Other(library);
        await library.Importer.ImportAsync([Fixtures.Write(dir, "a.json", Fixtures.TelegramExport((1, Bagging), (2, Boosting)))]);
        Assert.Equal(2, await other.Search.CountAsync());
        var bagging = (await library.SearchAsync("бэггинг")).Hits[0].Id;
        var boosting = (await library.SearchAsync("бустинг")).Hits[0].Id;

        await new LibraryEditor(library.Database, Time).MergeAsync(bagging, boosting, "editor");

        Assert.Equal(1, await other.Search.CountAsync());
        Assert.Empty((await other.Search.SearchAsync(new SearchQuery("бустинг", null))).Hits);
        Assert.Equal([bagging], (await other.Search.SearchAsync(new SearchQuery("бэггинг", null))).Hits.Select(h => h.Id));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Two_imports_at_once_through_two_servers_both_commit_and_both_are_found_on_each(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        using var other = Other(library);
        var otherImporter = new LibraryImporter(other, Time);
        var first = Fixtures.Write(dir, "first.json", Fixtures.TelegramExport((1, Bagging), (2, Boosting)));
        var second = Fixtures.Write(dir, "second.json", Fixtures.TelegramExport((1, Stacking)));

        var reports = await Task.WhenAll(library.Importer.ImportAsync([first]), otherImporter.ImportAsync([second]));

        Assert.All(reports, r => Assert.True(r.Committed));
        Assert.Equal(3, reports.Sum(r => r.ItemsNew));
        foreach (var search in new[] { library.Database.Search, other.Search })
        {
            Assert.Equal(3, await search.CountAsync());
            Assert.Single((await search.SearchAsync(new SearchQuery("стекинг", null))).Hits);
            Assert.Single((await search.SearchAsync(new SearchQuery("бустинг", null))).Hits);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Every_insert_update_and_delete_of_an_item_is_logged_in_order_whoever_writes_it(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await library.Importer.ImportAsync([Fixtures.Write(dir, "a.json", Fixtures.TelegramExport((1, Bagging)))]);
        await using var db = library.Context();
        var id = await db.Items.Select(i => i.Id).SingleAsync();

        await db.Items.Where(i => i.Id == id).ExecuteUpdateAsync(s => s.SetProperty(i => i.Title, "Бэггинг"));
        await db.Database.ExecuteSqlRawAsync("DELETE FROM items");

        var log = await db.ItemChanges.OrderBy(c => c.Seq).Select(c => new { c.ItemId, c.Seq }).ToListAsync();
        Assert.Equal(3, log.Count);
        Assert.All(log, c => Assert.Equal(id, c.ItemId));
        Assert.Equal(log.Select(c => c.Seq).Order(), log.Select(c => c.Seq));
        Assert.Equal(log.Count, log.Select(c => c.Seq).Distinct().Count());
        Assert.Empty((await library.SearchAsync("бэггинг")).Hits);
    }

    [SkippableFact]
    public async Task On_postgresql_a_change_committed_later_gets_a_later_number_though_it_was_written_first()
    {
        await using var library = await TestLibrary.CreateAsync("postgres", postgres);
        await library.Importer.ImportAsync([Fixtures.Write(dir, "a.json", Fixtures.TelegramExport((1, Bagging), (2, Boosting)))]);
        await using var early = library.Context();
        await using var late = library.Context();
        var ids = await early.Items.OrderBy(i => i.Id).Select(i => i.Id).ToListAsync();
        await using var writtenFirst = await early.Database.BeginTransactionAsync();
        await early.Items.Where(i => i.Id == ids[0]).ExecuteUpdateAsync(s => s.SetProperty(i => i.Title, "первый"));
        await using (var writtenSecond = await late.Database.BeginTransactionAsync())
        {
            await late.Items.Where(i => i.Id == ids[1]).ExecuteUpdateAsync(s => s.SetProperty(i => i.Title, "второй"));
            await writtenSecond.CommitAsync();
        }

        await writtenFirst.CommitAsync();

        await using var db = library.Context();
        var last = await db.ItemChanges.OrderByDescending(c => c.Seq).Take(2).Select(c => c.ItemId).ToListAsync();
        Assert.Equal([ids[0], ids[1]], last);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_new_librarys_first_import_keeps_the_index_it_staged_instead_of_rebuilding_it_from_the_database(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);

        await library.Importer.ImportAsync([Fixtures.Write(dir, "a.json", Fixtures.TelegramExport((1, Bagging), (2, Boosting)))]);

        Assert.Equal(0, library.Database.Search.Rebuilds);
        Assert.Equal(2, await library.Database.Search.CountAsync());
        Assert.Single((await library.SearchAsync("бэггинг")).Hits);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task An_index_without_a_stamp_is_rebuilt_when_the_library_holds_items_an_import_did_not_write(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await library.Importer.ImportAsync([Fixtures.Write(dir, "a.json", Fixtures.TelegramExport((1, Bagging)))]);
        library.Database.Dispose();
        using (var old = SearchIndex.Open(library.Database.Location.IndexDirectory))
        {
            old.DeleteAllStaged();
            old.SetStamp("");
        }

        using var reopened = new SobesDatabase(library.Database.Location);
        await new LibraryImporter(reopened, TimeProvider.System).ImportAsync([Fixtures.Write(dir, "b.json", Fixtures.TelegramExport((2, Boosting)))]);

        Assert.Equal(2, await reopened.Search.CountAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task An_index_stamped_by_an_older_format_is_rebuilt(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await library.Importer.ImportAsync([Fixtures.Write(dir, "a.json", Fixtures.TelegramExport((1, Bagging), (2, Boosting)))]);
        library.Database.Dispose();
        using (var old = SearchIndex.Open(library.Database.Location.IndexDirectory))
        {
            // What the previous code left: a bare random stamp, and here one document short of the database.
            old.Delete([(await FirstIdAsync(library))]);
            old.SetStamp(Guid.NewGuid().ToString("N"));
        }

        using var reopened = new SobesDatabase(library.Database.Location);

        Assert.Equal(2, await reopened.Search.CountAsync());
        Assert.StartsWith("v2;", reopened.Search.Stamp, StringComparison.Ordinal);
    }

    private static async Task<long> FirstIdAsync(TestLibrary library)
    {
        await using var db = library.Context();
        return await db.Items.MinAsync(i => i.Id);
    }

    public void Dispose()
    {
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, true);
        }
    }

    // The second server: the same database, an index folder of its own (removed with the test's folder).
    private SobesDatabase Other(TestLibrary library) =>
        new(library.Database.Location.WithIndexDirectory(Path.Combine(dir, "other-index")));
}
