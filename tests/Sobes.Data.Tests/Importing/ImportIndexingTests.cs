using Sobes.Data.Importing;
using Sobes.Data.Search;
using Sobes.Testing;

namespace Sobes.Data.Tests.Importing;

/// <summary>The search index follows an import that stages its items while it writes them.</summary>
public sealed class ImportIndexingTests(PostgresServer postgres) : IClassFixture<PostgresServer>, IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "sobes-import-index-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<string> Providers => new() { "sqlite", "postgres" };

    private const string Bagging = "📌 Что такое бэггинг в машинном обучении?\n\nМодели обучают на бутстрэп-выборках из обучающих данных и усредняют их ответы, чтобы снизить дисперсию.";

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_failed_import_leaves_nothing_of_its_items_in_the_index(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await library.Importer.ImportAsync([Fixtures.Write(dir, "first.json", Fixtures.TelegramExport((1, Bagging)))]);
        var other = Fixtures.Write(dir, "other.json", Fixtures.TelegramExport((1, "Что такое градиентный бустинг?\nАнсамбль деревьев, где каждое следующее дерево исправляет ошибки предыдущих.")));
        var full = Fixtures.TelegramExport((1, "Что такое стекинг?\nМетамодель учится на ответах базовых моделей."), (2, "Что такое блендинг?\nСтекинг на отложенной выборке."));
        var truncated = Fixtures.Write(dir, "truncated.json", full[..(full.Length * 2 / 3)]);

        var report = await library.Importer.ImportAsync([other, truncated]);

        Assert.False(report.Committed);
        Assert.Equal(1, await library.IndexCountAsync());
        Assert.Empty((await library.SearchAsync("бустинг")).Hits);
        Assert.Single((await library.SearchAsync("бэггинг")).Hits);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_richer_duplicate_in_the_same_import_replaces_the_indexed_text(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        var richer = Bagging + "\n\nПример: случайный лес строит деревья на подвыборках признаков.";
        var file = Fixtures.Write(dir, "channel.json", Fixtures.TelegramExport((1, Bagging), (2, richer)));

        var report = await library.Importer.ImportAsync([file]);

        Assert.Equal((1, 1), (report.ItemsNew, report.ItemsMerged));
        Assert.Equal(1, await library.IndexCountAsync());
        Assert.Single((await library.SearchAsync("подвыборках")).Hits);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_duplicate_from_another_file_of_the_import_adds_its_hashtag_and_source_to_the_index(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        var first = Fixtures.Write(dir, "first.json", Fixtures.TelegramExport((1, Bagging + "\n\n#mlwednesday")));
        var second = Fixtures.Write(dir, "second.json", Fixtures.TelegramExport((1, Bagging + "\n\n#fridayquiz")));

        var report = await library.Importer.ImportAsync([first, second]);

        Assert.Equal((1, 1), (report.ItemsNew, report.ItemsMerged));
        Assert.Equal(1, await library.IndexCountAsync());
        Assert.Single((await library.SearchAsync("fridayquiz")).Hits);
        Assert.Single((await library.SearchAsync("mlwednesday")).Hits);
        Assert.Single((await library.SearchAsync("бэггинг", new SearchFilter(null, null, ["second.json"]))).Hits);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_duplicate_of_an_earlier_import_from_another_file_makes_the_item_findable_by_that_file(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await library.Importer.ImportAsync([Fixtures.Write(dir, "first.json", Fixtures.TelegramExport((1, Bagging)))]);

        await library.Importer.ImportAsync([Fixtures.Write(dir, "second.json", Fixtures.TelegramExport((7, Bagging + "\n\n#fridayquiz")))]);

        Assert.Equal(1, await library.IndexCountAsync());
        Assert.Single((await library.SearchAsync("бэггинг", new SearchFilter(null, null, ["second.json"]))).Hits);
        Assert.Single((await library.SearchAsync("fridayquiz")).Hits);
    }

    public void Dispose()
    {
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, true);
        }
    }
}
