using System.IO.Compression;
using Sobes.Core.Posts;
using Sobes.Import.Decks.Anki;
using Sobes.Import.Tests.QuizPage;
using Sobes.Testing.Exports;

namespace Sobes.Import.Tests.Decks;

public sealed class AnkiPackageReaderTests
{
    public static TheoryData<AnkiCollectionFormat> Formats => new() { AnkiCollectionFormat.Anki2, AnkiCollectionFormat.Anki21, AnkiCollectionFormat.Anki21b };

    internal static readonly AnkiTestNote[] Notes =
    [
        new("bAs1cN0te1", "Basic", "Собес::Метрики", ["Что такое <b>log loss</b>?", "Среднее &minus;log p верного класса.<br>Штрафует уверенные ошибки."], ["metrics", "ml::loss"], 1_750_000_000),
        new("r3v3rs3dN2", "Basic (and reversed card)", "Собес::Метрики", ["Recall", "Доля найденных среди всех положительных <img src=\"recall.png\">"], ["metrics"], 1_750_000_100),
        new("cl0z3N0te3", "Cloze", "Собес::Регуляризация", ["{{c1::Dropout}} выключает случайные нейроны, {{c2::weight decay::штраф}} сжимает веса.", "Оба борются с переобучением."], [], 1_750_000_200),
        new("cust0mNot4", "Термин с примером", "Собес::Деревья", ["Случайный лес усредняет деревья.", "Бэггинг", "Обучение моделей на бутстреп-выборках с усреднением."], ["ensembles"], 1_750_000_300),
    ];

    private static ImportBatch Read(byte[] package, string name = "deck.apkg") => TestFiles.Read(new AnkiPackageReader(), package, name);

    internal static byte[] Package(AnkiCollectionFormat format, IReadOnlyList<AnkiTestNote>? notes = null)
    {
        using var output = new MemoryStream();
        AnkiPackageWriter.Write(output, format, notes ?? Notes, new Dictionary<string, byte[]> { ["recall.png"] = [0x89, 0x50, 0x4E, 0x47] });
        return output.ToArray();
    }

    [Fact]
    public void A_deck_written_by_an_independent_anki_writer_imports_whole()
    {
        var batch = TestFiles.Read(new AnkiPackageReader(), TestFiles.Fixture("anki-apkg-export.apkg"));

        Assert.False(batch.HasErrors);
        Assert.Equal(4, batch.Posts.Count);
        Assert.All(batch.Posts, p => Assert.True(NoteLocator.IsNote(p.Locator)));
        Assert.Equal("Что измеряет log loss?", batch.Posts[0].TitleHint);
        Assert.Equal(["#metrics", "#ml_loss"], batch.Posts[0].Hashtags);
        Assert.Equal("Precision — доля верных среди предсказанных положительных,\nrecall — доля найденных среди всех положительных.", batch.Posts[1].AnswerHint);
        Assert.Equal("Что показывает ROC-кривая?", batch.Posts[2].TitleHint);
        Assert.Equal(["image: chart.png"], batch.Posts[2].Media);
        Assert.Equal("What does \"stratified\" k-fold keep?", batch.Posts[3].TitleHint);
        Assert.Equal("The class proportions in every fold & the whole set.", batch.Posts[3].AnswerHint);
        Assert.Equal("Собес", batch.ChannelTitle);
        Assert.Contains(batch.Diagnostics, d => d.Message.Contains("chart.png", StringComparison.Ordinal) && d.Message.Contains("not imported", StringComparison.Ordinal));

        // That writer names its note type after the deck: it is read by its template, and the type is named.
        Assert.Contains(batch.Diagnostics, d => d.Severity == DiagnosticSeverity.Info && d.Message.Contains("'Собес::Метрики'", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_collection_format_reads_each_note_into_a_post_keyed_by_its_guid(AnkiCollectionFormat format)
    {
        var batch = Read(Package(format));

        Assert.False(batch.HasErrors, string.Join("\n", batch.Diagnostics));
        Assert.Equal(["note bAs1cN0te1", "note r3v3rs3dN2", "note cl0z3N0te3", "note cust0mNot4"], batch.Posts.Select(p => p.Locator));
        Assert.Equal("Что такое log loss?", batch.Posts[0].TitleHint);
        Assert.Equal("Среднее −log p верного класса.\nШтрафует уверенные ошибки.", batch.Posts[0].AnswerHint);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_750_000_000), batch.Posts[0].Date);
        Assert.Contains("Метрики", batch.Posts[0].TopicHints);
        Assert.Equal(["image: recall.png"], batch.Posts[1].Media);
        Assert.Equal("Собес", batch.ChannelTitle);
        Assert.Contains(batch.Diagnostics, d => d.Message.Contains("recall.png", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_cloze_note_keeps_its_deletions_and_another_note_type_is_read_by_its_first_template(AnkiCollectionFormat format)
    {
        var batch = Read(Package(format));

        var cloze = batch.Posts[2];
        Assert.Equal(PostKindHint.Note, cloze.KindHint);
        Assert.Equal("Dropout выключает случайные нейроны, weight decay сжимает веса.", cloze.TitleHint);
        Assert.Equal("{{c1::Dropout}} выключает случайные нейроны, {{c2::weight decay::штраф}} сжимает веса.\n\nОба борются с переобучением.", cloze.Text);

        var custom = batch.Posts[3];
        Assert.Equal("Бэггинг\n\nСлучайный лес усредняет деревья.", custom.TitleHint);
        Assert.Equal("Обучение моделей на бутстреп-выборках с усреднением.", custom.AnswerHint);
        var named = Assert.Single(batch.Diagnostics, d => d.Severity == DiagnosticSeverity.Info);
        Assert.Contains("'Термин с примером'", named.Message, StringComparison.Ordinal);
        Assert.Contains("question: Термин, Пример", named.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_notes_review_log_comes_with_its_post_oldest_first(AnkiCollectionFormat format)
    {
        var day = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
        AnkiTestNote[] notes = [Notes[0] with { Reviews = [new(day.AddDays(3), 3, 4000), new(day, 1, 12000), new(day.AddDays(1), 3)] }, Notes[1]];

        var batch = Read(Package(format, notes));

        var card = Assert.Single(batch.Posts[0].History);
        Assert.Null(card.GeneratorKey);
        Assert.Equal([(day, 1, 12000), (day.AddDays(1), 3, 8000), (day.AddDays(3), 3, 4000)], card.Reviews.Select(r => (r.At, r.Rating, r.DurationMs)));
        Assert.Empty(batch.Posts[1].History);
    }

    [Fact]
    public void A_reversed_cards_history_stays_out_of_the_item_and_a_later_cloze_cards_goes_to_its_cloze()
    {
        var day = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
        AnkiTestNote[] notes = [Notes[1] with { Reviews = [new(day, 3)], CardOrdinal = 1 }, Notes[2] with { Reviews = [new(day.AddHours(1), 4)], CardOrdinal = 1 }];

        var batch = Read(Package(AnkiCollectionFormat.Anki21, notes));

        Assert.Empty(batch.Posts[0].History);
        Assert.Equal(Sobes.Core.Cards.GeneratorKeys.AuthorCloze + "2", Assert.Single(batch.Posts[1].History).GeneratorKey);
    }

    [Fact]
    public void The_newest_collection_in_a_package_is_read_not_the_stub_beside_it()
    {
        var batch = Read(Package(AnkiCollectionFormat.Anki21b));

        Assert.DoesNotContain(batch.Posts, p => p.Text.Contains("Please update", StringComparison.Ordinal));
        Assert.Equal(4, batch.Posts.Count);
    }

    [Fact]
    public void A_file_that_is_not_a_package_is_an_error_naming_it()
    {
        var notZip = Read([0x50, 0x4B, 0x03, 0x04, 1, 2, 3], "broken.apkg");
        using var empty = new MemoryStream();
        using (var zip = new ZipArchive(empty, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("collection.anki2").Open();
            entry.Write("not a database at all, just text"u8);
        }

        var corrupt = Read(empty.ToArray(), "corrupt.apkg");

        Assert.Equal("broken.apkg", Assert.Single(notZip.Diagnostics, d => d.Severity == DiagnosticSeverity.Error).File);
        var error = Assert.Single(corrupt.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains("collection.anki2", error.Message, StringComparison.Ordinal);
        Assert.Empty(corrupt.Posts);
    }

    [Fact]
    public void Packages_are_detected_by_their_zip_head()
    {
        var package = Package(AnkiCollectionFormat.Anki21);

        Assert.IsType<AnkiPackageReader>(SourceReaders.Detect("deck.apkg", package.AsSpan(0, Math.Min(package.Length, 65536))));
        Assert.IsType<AnkiPackageReader>(SourceReaders.Detect("backup.colpkg", package.AsSpan(0, Math.Min(package.Length, 65536))));
    }
}
