using System.IO.Compression;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sobes.Core.Export;
using Sobes.Core.Srs;
using Sobes.Data.Cards;
using Sobes.Data.Library;
using Sobes.Data.Practice;
using Sobes.Data.Storage;
using Sobes.Data.Tests.Importing;
using Sobes.Import.Sample;
using Sobes.Testing;
using Sobes.Testing.Exports;
using Sobes.Testing.Node;

namespace Sobes.Data.Tests.Exporting;

public sealed class DeckExporterTests(PostgresServer postgres) : IClassFixture<PostgresServer>, IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly string dir = Path.Combine(Path.GetTempPath(), "sobes-apkg-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<string> Providers => new() { "sqlite", "postgres" };

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task An_exported_package_imports_into_a_fresh_library_with_every_practisable_item_and_the_review_history(string provider)
    {
        await using var source = await TestLibrary.CreateAsync(provider, postgres);
        await FillAsync(source);
        var answered = await AnswerAsync(source);
        var package = Path.Combine(dir, "out.apkg");
        DeckExportReport report;
        List<ItemView> practisable;
        await using (var db = source.Context())
        {
            var learner = await CardExporter.FindLearnerAsync(db, null, Start);
            await using (var file = File.Create(package))
            {
                report = await DeckExporter.ExportAsync(db, file, null, learner, Start.AddDays(30));
            }

            practisable = await Practisable(db);
        }

        Assert.True(report.LeftOut > 0, "the sample holds items that are not practisable (ads, resources)");
        Assert.Equal(practisable.Count, report.Items - report.LeftOut);
        Assert.Equal(answered.Count, report.Reviews);

        await using var target = await TestLibrary.CreateAsync(provider, postgres);
        var imported = await target.Importer.ImportAsync([package]);

        Assert.True(imported.Committed, string.Join("\n", imported.Sources.SelectMany(s => s.Diagnostics)));
        Assert.Equal(practisable.Count, imported.ItemsNew);
        await using var after = target.Context();
        var items = new List<ItemView>();
        await foreach (var item in LibraryQueries.StreamAsync(after, LibraryFilter.All))
        {
            items.Add(item);
        }

        Assert.Equal(practisable.Count, items.Count);
        foreach (var item in practisable)
        {
            var back = items.FirstOrDefault(i => i.Title == item.Title) ?? items.FirstOrDefault(i => item.Question is not null && (i.Title == item.Question || i.Question == item.Question));
            Assert.True(back is not null, $"item {item.Id} '{item.Title}' did not come back");
            if (item.Kind == "quiz")
            {
                Assert.Equal("quiz", back.Kind);
                Assert.Equal(item.Options.Select(o => (o.Text, o.Share)), back.Options.Select(o => (o.Text, o.Share)));
                Assert.Equal(item.Key, back.Key);
            }
            else if (DeckExport.ClozeNumbers(item.Body).Count > 0)
            {
                Assert.Equal("note", back.Kind);
                Assert.Equal(item.Body, back.Body);
            }
            else
            {
                Assert.Equal(item.Answer ?? item.Body, back.Answer);
            }
        }

        var history = await after.ReviewLog.OrderBy(r => r.ReviewedAt).Select(r => new { r.ReviewedAt, r.Rating }).ToListAsync();
        Assert.Equal(answered.Select(a => (a.At, a.Rating)).Order(), history.Select(h => (h.ReviewedAt, h.Rating)).Order());
    }

    [SkippableFact]
    public async Task Exporting_again_gives_every_note_the_same_guid_and_sobes_deck_names()
    {
        await using var library = await TestLibrary.CreateAsync("sqlite", postgres);
        await FillAsync(library);

        var first = await Notes(library, "a.apkg");
        var second = await Notes(library, "b.apkg");

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
        Assert.Equal(first.Count, first.Select(n => n.Guid).Distinct().Count());
        Assert.Contains(first, n => n.Guid == "pkgCloze01");
        Assert.All(first, n => Assert.StartsWith(DeckExport.ParentDeck, n.Deck, StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task An_independent_reader_lists_a_note_for_every_practisable_item()
    {
        var reader = NodePackages.Install("anki-reader", "0.3.0");
        await using var library = await TestLibrary.CreateAsync("sqlite", postgres);
        await FillAsync(library);
        var package = Path.Combine(dir, "read.apkg");
        DeckExportReport report;
        List<ItemView> practisable;
        await using (var db = library.Context())
        {
            await using (var file = File.Create(package))
            {
                report = await DeckExporter.ExportAsync(db, file, null, null, Start);
            }

            practisable = await Practisable(db);
        }

        var output = NodePackages.RunScript(reader, ListNotes, package);

        using var json = JsonDocument.Parse(output);
        var notes = json.RootElement.EnumerateArray()
            .Select(n => (Id: n.GetProperty("note").GetString()!, Type: n.GetProperty("type").GetString()!, First: n.GetProperty("first").GetString()!))
            .DistinctBy(n => n.Id).ToList();
        Assert.Equal(report.Notes, notes.Count);
        Assert.NotEmpty(practisable);
        foreach (var item in practisable)
        {
            var first = item.Kind == "quiz" || item.Question is not null ? item.Question ?? item.Title
                : DeckExport.ClozeNumbers(item.Body).Count > 0 ? item.Body
                : item.Title;
            Assert.True(notes.Any(n => n.First == DeckExport.Html(first)), $"no note for item {item.Id} '{item.Title}'");
        }

        Assert.Contains(notes, n => n.Type == "Sobes Quiz");
        Assert.Contains(notes, n => n.Type == "Sobes Cloze");
    }

    // Reads the package with anki-reader and prints each card's note id, note type and first field.
    private const string ListNotes = """
        import { readFileSync } from 'node:fs';
        import { readAnkiPackage } from 'anki-reader';
        const { collection } = await readAnkiPackage(new Blob([readFileSync(process.argv[2])]));
        const out = [];
        for (const deck of Object.values(collection.getDecks())) {
          for (const card of Object.values(deck.getCards())) {
            out.push({ note: card.getNoteId(), type: card.getModel().getName(), first: card.getOrderedFields()[0], deck: deck.getName() });
          }
        }
        console.log(JSON.stringify(out));
        """;

    private static async Task<List<ItemView>> Practisable(SobesDbContext db)
    {
        var items = new List<ItemView>();
        await foreach (var item in LibraryQueries.StreamAsync(db, LibraryFilter.All))
        {
            var export = new ExportItem
            {
                Id = item.Id, Kind = item.Kind, Title = item.Title, Question = item.Question, Answer = item.Answer, Body = item.Body,
                Options = item.Options.Select(o => new Core.Cards.ChoiceOption(o.Text, o.Share)).ToList(), NeedsAnswer = item.NeedsAnswer,
            };
            if (DeckExport.IsPractisable(export))
            {
                items.Add(item);
            }
        }

        return items;
    }

    // The sample channel (questions, quizzes, notes, ads) and a package with an author's cloze note.
    private async Task FillAsync(TestLibrary library)
    {
        Directory.CreateDirectory(dir);
        var sample = Path.Combine(dir, SampleContent.FileName);
        await using (var stream = SampleContent.Open())
        await using (var file = File.Create(sample))
        {
            await stream.CopyToAsync(file);
        }

        var cloze = Path.Combine(dir, "cloze.apkg");
        await using (var file = File.Create(cloze))
        {
            AnkiPackageWriter.Write(file, AnkiCollectionFormat.Anki21, [
                new AnkiTestNote("pkgCloze01", "Cloze", "ML::Регуляризация",
                    ["{{c1::Dropout}} случайно выключает нейроны, а {{c2::weight decay}} штрафует большие веса.", ""], ["регуляризация"], 1_750_000_000),
            ]);
        }

        var report = await library.Importer.ImportAsync([sample, cloze]);
        Assert.True(report.Committed, string.Join("\n", report.Sources.SelectMany(s => s.Diagnostics)));
    }

    // Answers a flashcard and a quiz's card three times each over ten days; returns the answers.
    private static async Task<List<(DateTimeOffset At, int Rating)>> AnswerAsync(TestLibrary library)
    {
        await using var db = library.Context();
        var learner = await Learners.LocalAsync(db, Start);
        await CardSync.SyncAsync(db, learner.Id, Start);
        var flashcard = await db.Cards.AsNoTracking().Where(c => c.Type == Core.Cards.CardType.Flashcard && c.GeneratorKey == Core.Cards.GeneratorKeys.Flashcard).OrderBy(c => c.Id).FirstAsync();
        var choice = await db.Cards.AsNoTracking().Where(c => c.Type == Core.Cards.CardType.MultipleChoice).OrderBy(c => c.Id).FirstAsync();
        var answers = new List<(DateTimeOffset, int)>();
        foreach (var (card, offset) in new[] { (flashcard.Id, 0), (choice.Id, 1) })
        {
            foreach (var (day, rating) in new[] { (0, Rating.Good), (2, Rating.Again), (10, Rating.Good) })
            {
                var at = Start.AddDays(day).AddMinutes(offset);
                await Reviews.AnswerAsync(db, new ReviewAnswer(card, rating, TimeSpan.FromSeconds(6)), at);
                answers.Add((at, rating.Value));
            }
        }

        return answers;
    }

    private async Task<List<(string Guid, string Deck)>> Notes(TestLibrary library, string name)
    {
        var path = Path.Combine(dir, name);
        await using (var db = library.Context())
        await using (var file = File.Create(path))
        {
            await DeckExporter.ExportAsync(db, file, null, null, Start);
        }

        using var zip = ZipFile.OpenRead(path);
        Assert.Equal(["collection.anki21", "collection.anki2", "media"], zip.Entries.Select(e => e.FullName));
        var collection = Path.Combine(dir, name + ".anki21");
        zip.GetEntry("collection.anki21")!.ExtractToFile(collection);
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={collection};Pooling=false");
        connection.Open();
        using var decks = connection.CreateCommand();
        decks.CommandText = "SELECT decks, conf FROM col";
        using var col = decks.ExecuteReader();
        col.Read();
        using var deckJson = JsonDocument.Parse(col.GetString(0));
        using var conf = JsonDocument.Parse(col.GetString(1));
        Assert.Equal(2, conf.RootElement.GetProperty("schedVer").GetInt32());
        var names = deckJson.RootElement.EnumerateObject().ToDictionary(d => d.Name, d => d.Value.GetProperty("name").GetString()!);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT n.guid, c.did FROM notes n JOIN cards c ON c.nid = n.id AND c.ord = 0 ORDER BY n.id";
        using var reader = command.ExecuteReader();
        var notes = new List<(string, string)>();
        while (reader.Read())
        {
            notes.Add((reader.GetString(0), names[reader.GetInt64(1).ToString(System.Globalization.CultureInfo.InvariantCulture)]));
        }

        return notes;
    }

    public void Dispose()
    {
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, true);
        }
    }
}
