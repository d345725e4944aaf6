using Microsoft.EntityFrameworkCore;
using Sobes.Data.Library;
using Sobes.Data.Search;
using Sobes.Data.Importing;
using Sobes.Data.Storage;
using Sobes.Testing;

namespace Sobes.Data.Tests.Importing;

public sealed class LibraryImporterTests(PostgresServer postgres) : IClassFixture<PostgresServer>, IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "sobes-import-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<string> Providers => new() { "sqlite", "postgres" };

    private const string Question = "📌 Что такое переобучение модели?\n\nПереобучение — это когда модель запоминает обучающую выборку вместе с шумом и плохо обобщает на новые данные. Помогают регуляризация, ранняя остановка и кросс-валидация.";

    private const string Ad = "🚀 Курс по машинному обучению стартует в понедельник!\nСпециальная цена 49 900 ₽ только до пятницы.\n👉 Забронировать место";

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Import_creates_items_with_kinds_topics_and_provenance(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        var file = Fixtures.Write(dir, "channel.json", Fixtures.TelegramExport((1, Question), (2, Ad)));

        var report = await library.Importer.ImportAsync([file]);

        Assert.True(report.Committed, string.Join("\n", report.Sources.SelectMany(s => s.Diagnostics)));
        Assert.Equal(2, report.ItemsNew);
        await using var db = library.Context();
        var items = await LibraryQueries.ListAsync(db, LibraryFilter.All);
        var question = await LibraryQueries.GetAsync(db, items.Single(i => i.Kind == "question").Id);
        Assert.NotNull(question);
        Assert.Equal("Что такое переобучение модели?", question.Title);
        Assert.StartsWith("Переобучение — это", question.Answer);
        Assert.Contains("validation", question.Topics);
        Assert.Equal("message 1", question.Sources.Single().Locator);
        Assert.Equal("channel.json", question.Sources.Single().Source);
        Assert.Contains(items, i => i.Kind == "ad");
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_source_takes_the_channel_title_and_dropped_chrome_its_reader_reports(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        var json = Fixtures.Write(dir, "channel.json", Fixtures.TelegramExport((1, Question)));
        var text = Fixtures.Write(dir, "copy.txt", "@ml_notes_demo\n" + Question + "\n❤12👍3\n@ml_notes_demo\nЧто такое бэггинг?\n\nОбучение моделей на бутстреп-выборках.\n@ml_notes_demo\n");

        var report = await library.Importer.ImportAsync([json, text]);

        Assert.True(report.Committed, string.Join("\n", report.Sources.SelectMany(s => s.Diagnostics)));
        Assert.Equal(["Test channel", "@ml_notes_demo"], report.Sources.Select(s => s.Title));
        Assert.True(report.Sources[1].ChromeDropped > 0);
        Assert.DoesNotContain(report.Sources.SelectMany(s => s.Diagnostics), d => d.Message.StartsWith("channel: ", StringComparison.Ordinal));
        await using var db = library.Context();
        Assert.Equal(["@ml_notes_demo", "Test channel"], (await db.Sources.Select(s => s.Title).ToListAsync()).Order(StringComparer.Ordinal));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Reimporting_the_same_file_changes_nothing_and_says_so(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        var file = Fixtures.Write(dir, "channel.json", Fixtures.TelegramExport((1, Question), (2, Ad)));
        await library.Importer.ImportAsync([file]);
        var before = await Snapshot(library);

        var again = await library.Importer.ImportAsync([file]);

        Assert.True(again.Sources.Single().AlreadyImported);
        Assert.Equal(0, again.ItemsNew);
        Assert.Equal(2, again.ItemsUnchanged);
        Assert.Equal(before, await Snapshot(library));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task An_edited_file_adds_only_its_new_posts(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        var path = Fixtures.Write(dir, "channel.json", Fixtures.TelegramExport((1, Question)));
        await library.Importer.ImportAsync([path]);
        Fixtures.Write(dir, "channel.json", Fixtures.TelegramExport((1, Question), (3, "Что такое градиентный бустинг?\nАнсамбль деревьев, где каждое следующее дерево исправляет ошибки предыдущих по антиградиенту функции потерь.")));

        var report = await library.Importer.ImportAsync([path]);

        Assert.Equal(1, report.ItemsNew);
        Assert.Equal(1, report.ItemsUnchanged);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task The_same_post_in_two_sources_becomes_one_item_with_both_provenances(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        var a = Fixtures.Write(dir, "a.json", Fixtures.TelegramExport((1, Question)));
        var b = Fixtures.Write(Path.Combine(dir, "b"), "b.txt", "Что такое переобучение модели?\n\nПереобучение — это когда модель запоминает обучающую выборку вместе с шумом и плохо обобщает на новые данные. Помогают регуляризация, ранняя остановка и кросс-валидация.\n@other_channel\n");

        var report = await library.Importer.ImportAsync([a, b]);

        Assert.True(report.Committed, string.Join("\n", report.Sources.SelectMany(s => s.Diagnostics)));
        Assert.Equal(1, report.ItemsNew);
        Assert.Equal(1, report.ItemsMerged);
        await using var db = library.Context();
        var item = await LibraryQueries.GetAsync(db, (await LibraryQueries.ListAsync(db, LibraryFilter.All)).Single().Id);
        Assert.Equal(2, item!.Merged);
        Assert.Equal(["a.json", "b.txt"], item.Sources.Select(s => s.Source).Order().ToArray());
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_truncated_file_is_an_error_naming_the_file_and_commits_nothing(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        var good = Fixtures.Write(dir, "good.json", Fixtures.TelegramExport((1, Question)));
        var full = Fixtures.TelegramExport((1, "Что такое бэггинг?\nОбучение моделей на бутстрэп-выборках и усреднение их ответов."), (2, Ad));
        var bad = Fixtures.Write(dir, "truncated.json", full[..(full.Length * 2 / 3)]);
        var before = await Snapshot(library);

        var report = await library.Importer.ImportAsync([good, bad]);

        Assert.False(report.Committed);
        var error = report.Sources.SelectMany(s => s.Diagnostics).First(d => d.Severity == Core.Posts.DiagnosticSeverity.Error);
        Assert.Contains("truncated.json", error.File);
        Assert.True(error.Line > 0, error.ToString());
        Assert.Equal(before, await Snapshot(library));
    }

    [Fact]
    public async Task An_import_gives_its_pooled_sqlite_connection_the_default_page_cache_back_whether_it_commits_or_fails()
    {
        await using var library = await TestLibrary.CreateAsync("sqlite", postgres);
        var good = Fixtures.Write(dir, "good.json", Fixtures.TelegramExport((1, Question)));
        var bad = Fixtures.Write(dir, "truncated.json", Fixtures.TelegramExport((2, Ad))[..40]);

        var committed = await library.Importer.ImportAsync([good]);
        var afterCommit = await PageCacheAsync(library);
        var failed = await library.Importer.ImportAsync([bad]);
        var afterFailure = await PageCacheAsync(library);

        Assert.True(committed.Committed);
        Assert.False(failed.Committed);
        Assert.Equal((-2000L, -2000L), (afterCommit, afterFailure));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Missing_paths_empty_and_binary_files_are_errors_and_nothing_is_committed(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        var good = Fixtures.Write(dir, "good.json", Fixtures.TelegramExport((1, Question)));
        var empty = Fixtures.Write(dir, "empty.txt", "");
        var binary = Path.Combine(dir, "blob.bin");
        File.WriteAllBytes(binary, [0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1, 2, 3, 0xFF, 0xFE, 0, 0]);

        var missing = await library.Importer.ImportAsync([good, Path.Combine(dir, "nope.json")]);
        var emptyReport = await library.Importer.ImportAsync([good, empty]);
        var binaryReport = await library.Importer.ImportAsync([good, binary]);

        Assert.Contains(missing.Diagnostics, d => d.Message.Contains("no such file", StringComparison.Ordinal) && d.File.EndsWith("nope.json", StringComparison.Ordinal));
        Assert.Contains(emptyReport.Sources.SelectMany(s => s.Diagnostics), d => d.File.EndsWith("empty.txt", StringComparison.Ordinal) && d.Message.Contains("empty", StringComparison.Ordinal));
        Assert.Contains(binaryReport.Sources.SelectMany(s => s.Diagnostics), d => d.File.EndsWith("blob.bin", StringComparison.Ordinal) && d.Severity == Core.Posts.DiagnosticSeverity.Error);
        Assert.All(new[] { missing, emptyReport, binaryReport }, r => Assert.False(r.Committed));
        Assert.Equal((0, 0, 0), await Snapshot(library));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task An_import_cancelled_midway_leaves_the_database_as_it_was(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await library.Importer.ImportAsync([Fixtures.Write(dir, "first.json", Fixtures.TelegramExport((1, Question)))]);
        var before = await Snapshot(library);
        var many = Enumerable.Range(10, 3000).Select(i => (i, $"Вопрос номер {i}: что такое признак {i}?\nОтвет {i}: это свойство объекта номер {i}, которое подаётся модели на вход."));
        var big = Fixtures.Write(dir, "big.json", Fixtures.TelegramExport([.. many]));
        using var cts = new CancellationTokenSource();
        var progress = new SynchronousProgress(p =>
        {
            if (p.PostsRead >= 2000)
            {
                cts.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => library.Importer.ImportAsync([big], null, progress, cts.Token));

        Assert.Equal(before, await Snapshot(library));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Imported_items_are_searchable_by_word_forms(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await library.Importer.ImportAsync([Fixtures.Write(dir, "channel.json", Fixtures.TelegramExport((1, Question), (2, Ad)))]);

        var results = await library.SearchAsync("переобучения");

        var hit = Assert.Single(results.Hits);
        Assert.Contains("[[", hit.Snippet, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_deleted_index_is_rebuilt_from_the_database(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await library.Importer.ImportAsync([Fixtures.Write(dir, "channel.json", Fixtures.TelegramExport((1, Question), (2, Ad)))]);
        library.Database.Dispose();
        Directory.Delete(library.Database.Location.IndexDirectory, true);

        using var reopened = new SobesDatabase(library.Database.Location);

        Assert.Equal(2, await reopened.Search.CountAsync());
    }

    private static async Task<(int Items, int Sources, int Provenances)> Snapshot(TestLibrary library)
    {
        await using var db = library.Context();
        return (await db.Items.CountAsync(), await db.Sources.CountAsync(), await db.ItemSources.CountAsync());
    }

    public void Dispose()
    {
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, true);
        }
    }

    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }

    // The pool hands the single-threaded test the connection the import just returned.
    private static async Task<long> PageCacheAsync(TestLibrary library)
    {
        await using var db = library.Context();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA cache_size";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
