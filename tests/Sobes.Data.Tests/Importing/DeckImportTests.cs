using Microsoft.EntityFrameworkCore;
using Sobes.Data.Library;
using Sobes.Testing;
using Sobes.Testing.Exports;

namespace Sobes.Data.Tests.Importing;

public sealed class DeckImportTests(PostgresServer postgres) : IClassFixture<PostgresServer>, IDisposable
{
    private const string Header = "#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n#tags column:6\n";

    private readonly string dir = Path.Combine(Path.GetTempPath(), "sobes-decks-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<string> Providers => new() { "sqlite", "postgres" };

    private static string Notes(string rocAnswer) => Header
        + $"aB1cD2eF3g\tBasic\tML::Метрики\tЧто показывает ROC AUC?\t{rocAnswer}\tметрики\n"
        + "hI4jK5lM6n\tBasic\tML::Валидация\tЗачем нужна кросс-валидация?\tЧтобы оценить качество модели на нескольких разбиениях данных.\tvalidation\n"
        + "oP7qR8sT9u\tCloze\tML::Регуляризация\t{{c1::Lasso}} зануляет веса неинформативных признаков.\t\tрегуляризация\n";

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task An_anki_text_export_imports_as_one_item_a_note(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        var file = Fixtures.Write(dir, "deck.txt", Notes("Вероятность, что положительный пример оценён выше отрицательного."));

        var report = await library.Importer.ImportAsync([file]);

        Assert.True(report.Committed, string.Join("\n", report.Sources.SelectMany(s => s.Diagnostics)));
        Assert.Equal("anki-text", report.Sources.Single().Format);
        Assert.Equal(3, report.ItemsNew);
        await using var db = library.Context();
        var items = await LibraryQueries.ListAsync(db, LibraryFilter.All);
        Assert.Equal(3, items.Count);
        Assert.DoesNotContain(items, i => i.Title.Contains("separator", StringComparison.Ordinal));
        var roc = await LibraryQueries.GetAsync(db, items.Single(i => i.Title == "Что показывает ROC AUC?").Id);
        Assert.Equal("question", roc!.Kind);
        Assert.Contains("metrics", roc.Topics);
        Assert.Equal("note aB1cD2eF3g", roc.Sources.Single().Locator);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Reimporting_a_re_exported_deck_changes_nothing_and_a_newer_note_updates_its_item(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await library.Importer.ImportAsync([Fixtures.Write(dir, "deck.txt", Notes("Вероятность, что положительный пример оценён выше отрицательного."))]);
        var before = await Snapshot(library);

        // The same notes, exported again with other bytes (a trailing comment line): nothing changes.
        var again = await library.Importer.ImportAsync([Fixtures.Write(dir, "deck-again.txt", Notes("Вероятность, что положительный пример оценён выше отрицательного.") + "# exported again\n")]);
        Assert.True(again.Committed);
        Assert.Equal((0, 0, 0, 3), (again.ItemsNew, again.ItemsMerged, again.ItemsUpdated, again.ItemsUnchanged));
        Assert.Equal(before.Items, (await Snapshot(library)).Items);
        Assert.Equal(before.Provenances, (await Snapshot(library)).Provenances);

        var edited = await library.Importer.ImportAsync([Fixtures.Write(dir, "deck-edited.txt", Notes("Площадь под ROC-кривой: вероятность верно упорядочить пару примеров."))]);

        Assert.True(edited.Committed);
        Assert.Equal((0, 1, 2), (edited.ItemsNew, edited.ItemsUpdated, edited.ItemsUnchanged));
        await using var db = library.Context();
        Assert.Equal(3, await db.Items.CountAsync());
        var items = await LibraryQueries.ListAsync(db, LibraryFilter.All);
        var roc = await LibraryQueries.GetAsync(db, items.Single(i => i.Title == "Что показывает ROC AUC?").Id);
        Assert.StartsWith("Площадь под ROC-кривой", roc!.Answer);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Quizlet_and_csv_exports_import_as_one_item_a_pair(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        var quizlet = Fixtures.Write(dir, "quizlet.txt", "bias\tсистематическая ошибка модели\nvariance\tчувствительность модели к обучающей выборке\ndropout\tслучайное отключение нейронов при обучении\n");
        var csv = Fixtures.Write(dir, "cards.csv", "question,answer\nЧто такое F1-мера?,Среднее гармоническое точности и полноты\n\"Что такое утечка данных?\",\"Признаки, несущие информацию\nо целевой переменной\"\n");

        var report = await library.Importer.ImportAsync([quizlet, csv]);

        Assert.True(report.Committed, string.Join("\n", report.Sources.SelectMany(s => s.Diagnostics)));
        Assert.Equal(["quizlet", "csv"], report.Sources.Select(s => s.Format));
        Assert.Equal([3, 2], report.Sources.Select(s => s.ItemsNew));
    }

    private static readonly AnkiTestNote[] PackageNotes =
    [
        new("pkgNote001", "Basic", "ML::Метрики", ["Что такое log loss?", "Среднее минус логарифм вероятности верного класса."], ["metrics"], 1_750_000_000),
        new("pkgNote002", "Basic (and reversed card)", "ML::Валидация", ["Что такое стратификация?", "Сохранение долей классов в каждом фолде."], ["validation"], 1_750_000_000),
        new("pkgNote003", "Cloze", "ML::Регуляризация", ["{{c1::Dropout}} случайно выключает нейроны во время обучения.", ""], [], 1_750_000_000),
    ];

    private string Package(string name, AnkiCollectionFormat format, IReadOnlyList<AnkiTestNote> notes)
    {
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        using var file = File.Create(path);
        AnkiPackageWriter.Write(file, format, notes);
        return path;
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task An_anki_package_imports_once_and_a_newer_note_updates_its_item_while_an_older_one_changes_nothing(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);

        var first = await library.Importer.ImportAsync([Package("deck.apkg", AnkiCollectionFormat.Anki21b, PackageNotes)]);
        Assert.True(first.Committed, string.Join("\n", first.Sources.SelectMany(s => s.Diagnostics)));
        Assert.Equal(("anki-package", "ML", 3), (first.Sources.Single().Format, first.Sources.Single().Title, first.ItemsNew));
        var before = await Snapshot(library);
        var same = await library.Importer.ImportAsync([Path.Combine(dir, "deck.apkg")]);
        Assert.Equal((true, 3), (same.Sources.Single().AlreadyImported, same.ItemsUnchanged));

        // The same notes in the older format: other bytes, same notes.
        var again = await library.Importer.ImportAsync([Package("deck-legacy.apkg", AnkiCollectionFormat.Anki2, PackageNotes)]);
        Assert.Equal((0, 0, 0, 3), (again.ItemsNew, again.ItemsMerged, again.ItemsUpdated, again.ItemsUnchanged));
        Assert.Equal((before.Items, before.Provenances), ((await Snapshot(library)).Items, (await Snapshot(library)).Provenances));

        AnkiTestNote[] older = [PackageNotes[0] with { Fields = ["Что такое log loss?", "Старая формулировка ответа."], ModifiedSeconds = 1_740_000_000 }];
        var stale = await library.Importer.ImportAsync([Package("deck-old.apkg", AnkiCollectionFormat.Anki21, older)]);
        Assert.Equal((0, 1), (stale.ItemsUpdated, stale.ItemsUnchanged));

        AnkiTestNote[] newer = [PackageNotes[0] with { Fields = ["Что такое log loss?", "Кросс-энтропия: штраф за уверенные ошибки."], ModifiedSeconds = 1_760_000_000 }];
        var fresh = await library.Importer.ImportAsync([Package("deck-new.apkg", AnkiCollectionFormat.Anki21b, newer)]);
        Assert.Equal((0, 1), (fresh.ItemsNew, fresh.ItemsUpdated));

        await using var db = library.Context();
        Assert.Equal(3, await db.Items.CountAsync());
        var items = await LibraryQueries.ListAsync(db, LibraryFilter.All);
        var logLoss = await LibraryQueries.GetAsync(db, items.Single(i => i.Title == "Что такое log loss?").Id);
        Assert.Equal("Кросс-энтропия: штраф за уверенные ошибки.", logLoss!.Answer);
        Assert.Contains(items, i => i.Kind == "note" && i.Title.StartsWith("Dropout случайно", StringComparison.Ordinal));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Each_deck_of_a_package_becomes_a_source_titled_by_its_name(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);

        var report = await library.Importer.ImportAsync([Package("deck.apkg", AnkiCollectionFormat.Anki21, PackageNotes)]);

        Assert.True(report.Committed);
        await using var db = library.Context();
        var titles = (await db.Sources.Select(s => s.Title).ToListAsync()).Order(StringComparer.Ordinal);
        Assert.Equal(["ML", "ML::Валидация", "ML::Метрики", "ML::Регуляризация"], titles);
        var items = await LibraryQueries.ListAsync(db, LibraryFilter.All);
        var logLoss = await LibraryQueries.GetAsync(db, items.Single(i => i.Title == "Что такое log loss?").Id);
        Assert.Equal(("deck.apkg", "ML::Метрики"), (logLoss!.Sources.Single().Source, logLoss.Sources.Single().SourceTitle));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_packages_review_history_carries_progress_to_the_learner_once(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        var day = new DateTimeOffset(2026, 9, 1, 9, 0, 0, TimeSpan.Zero);
        AnkiTestReview[] history = [new(day, 3), new(day.AddDays(2), 3), new(day.AddDays(9), 3)];
        AnkiTestNote[] notes = [PackageNotes[0] with { Reviews = history }, PackageNotes[1]];

        var report = await library.Importer.ImportAsync([Package("reviewed.apkg", AnkiCollectionFormat.Anki21b, notes)]);

        Assert.True(report.Committed, string.Join("\n", report.Sources.SelectMany(s => s.Diagnostics)));
        Assert.Equal(3, report.Sources.Single().ReviewsImported);
        long cardId;
        await using (var db = library.Context())
        {
            var learner = await db.Learners.SingleAsync();
            Assert.Equal(Sobes.Data.Practice.Learners.LocalName, learner.Name);
            var log = await db.ReviewLog.OrderBy(r => r.ReviewedAt).ToListAsync();
            Assert.Equal(history.Select(h => h.At), log.Select(r => r.ReviewedAt));
            var card = await db.Cards.SingleAsync(c => c.Id == log[0].CardId);
            cardId = card.Id;
            Assert.Equal(Core.Cards.CardType.Flashcard, card.Type);
            Assert.Equal(3, card.Reps);
            Assert.Equal(day.AddDays(9), card.LastReview);
            Assert.True(card.Stability > log[0].Stability, "stability grows with each good answer");
            Assert.True(card.Due > day.AddDays(9));
        }

        // The same history and one answer more, exported again: only the new answer is added.
        AnkiTestNote[] later = [PackageNotes[0] with { Reviews = [.. history, new(day.AddDays(30), 1)] }, PackageNotes[1]];
        var again = await library.Importer.ImportAsync([Package("reviewed-later.apkg", AnkiCollectionFormat.Anki21, later)]);

        Assert.Equal(1, again.Sources.Single().ReviewsImported);
        await using (var db = library.Context())
        {
            Assert.Equal(4, await db.ReviewLog.CountAsync(r => r.CardId == cardId));
            Assert.Equal(1, (await db.Cards.SingleAsync(c => c.Id == cardId)).Lapses);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_cards_fsrs_memory_state_is_taken_from_the_package_instead_of_recomputed(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        var day = new DateTimeOffset(2026, 9, 1, 9, 0, 0, TimeSpan.Zero);
        AnkiTestReview[] history = [new(day, 3), new(day.AddDays(3), 3), new(day.AddDays(12), 3)];
        AnkiTestNote[] notes =
        [
            PackageNotes[0] with { Reviews = history, CardData = "{\"s\":87.25,\"d\":7.5,\"dr\":0.9}" },
            PackageNotes[1] with { Reviews = history.Select(r => r with { At = r.At.AddHours(1) }).ToList() },
        ];

        var report = await library.Importer.ImportAsync([Package("fsrs.apkg", AnkiCollectionFormat.Anki21, notes)]);

        Assert.True(report.Committed, string.Join("\n", report.Sources.SelectMany(s => s.Diagnostics)));
        await using var db = library.Context();
        var items = await LibraryQueries.ListAsync(db, LibraryFilter.All);
        var logLoss = items.Single(i => i.Title == "Что такое log loss?").Id;
        var stratification = items.Single(i => i.Title == "Что такое стратификация?").Id;
        var carried = await db.Cards.SingleAsync(c => c.ItemId == logLoss && c.Type == Core.Cards.CardType.Flashcard);
        var recomputed = await db.Cards.SingleAsync(c => c.ItemId == stratification && c.Type == Core.Cards.CardType.Flashcard);
        Assert.Equal((87.25, 7.5), (carried.Stability, carried.Difficulty));
        Assert.NotEqual(87.25, recomputed.Stability);
        Assert.Equal(3, await db.ReviewLog.CountAsync(r => r.CardId == carried.Id));

        // At 90% desired retention the interval is the stability itself: due 87 days after the last answer.
        Assert.Equal(day.AddDays(12 + 87), carried.Due);
        Assert.Equal(87, carried.ScheduledDays);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_review_history_for_a_learner_who_does_not_exist_commits_nothing(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        AnkiTestNote[] notes = [PackageNotes[0] with { Reviews = [new(new DateTimeOffset(2026, 9, 1, 9, 0, 0, TimeSpan.Zero), 3)] }];

        var report = await library.Importer.ImportAsync([Package("reviewed.apkg", AnkiCollectionFormat.Anki2, notes)], new Sobes.Data.Importing.ImportOptions(Learner: "nobody"));

        Assert.False(report.Committed);
        Assert.Contains(report.Sources.Single().Diagnostics, d => d.Message.Contains("'nobody'", StringComparison.Ordinal));
        Assert.Equal((0, 0, 0), await Snapshot(library));
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
}
