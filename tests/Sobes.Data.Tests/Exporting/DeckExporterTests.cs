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

    // What a round trip does not keep (README says so): the library's own ids, times and editing revision, the sources
    // (the package is the new source) and how many posts an item absorbed.
    private static readonly string[] NotKept = ["id", "sources", "merged", "revision", "created_at", "updated_at"];

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_package_exported_with_progress_round_trips_every_practisable_item_field_by_field_and_every_cards_history(string provider)
    {
        await using var source = await TestLibrary.CreateAsync(provider, postgres);
        await FillAsync(source);
        await EditAsync(source);
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
        Assert.Contains(practisable, i => i.Kind == "problem");
        Assert.Contains(practisable, i => i.Kind == "note" && DeckExport.ClozeNumbers(i.Body).Count == 0);
        Assert.Contains(practisable, i => i.Key?.Source == Core.Library.KeySource.Author);
        Assert.Contains(practisable, i => i.Kind == "quiz" && i.Key?.Source == Core.Library.KeySource.Crowd);
        Assert.Contains(practisable, i => i.Links.Count > 0 && i.Code.Count > 0);

        await using var target = await TestLibrary.CreateAsync(provider, postgres);
        var imported = await target.Importer.ImportAsync([package]);

        Assert.True(imported.Committed, string.Join("\n", imported.Sources.SelectMany(s => s.Diagnostics)));
        Assert.DoesNotContain(imported.Sources.SelectMany(s => s.Diagnostics), d => d.Severity >= Sobes.Core.Posts.DiagnosticSeverity.Warning && !d.Message.Contains("media", StringComparison.Ordinal));
        Assert.Equal(practisable.Count, imported.ItemsNew);

        // The items, field by field, as `sobes export --format jsonl` writes them.
        var before = Lines(await JsonlAsync(source), practisable.Select(i => i.Id).ToHashSet());
        var after = Lines(await JsonlAsync(target), null);
        Assert.Equal(before.Count, after.Count);
        foreach (var (line, back) in before.Zip(after))
        {
            Assert.Equal(line, back);
        }

        // Every card's answers, schedule and memory state, by item and generator key.
        var cardsBefore = await CardsAsync(source);
        var cardsAfter = await CardsAsync(target);
        var answeredCards = cardsBefore.Where(c => c.Value.Reviews.Count > 0).ToList();
        Assert.Equal(7 + 2, answeredCards.Count);
        Assert.Contains(answeredCards, c => c.Key.Key.StartsWith(Core.Cards.GeneratorKeys.Cloze, StringComparison.Ordinal));
        Assert.Equal(3, answeredCards.Count(c => c.Key.Key.StartsWith(Core.Cards.GeneratorKeys.AuthorCloze, StringComparison.Ordinal)));
        foreach (var (key, card) in answeredCards)
        {
            Assert.True(cardsAfter.TryGetValue(key, out var back), $"no card {key.Key} for '{key.Title}' after the round trip");
            Assert.Equal(card.Reviews, back.Reviews);
            Assert.Equal((card.State, card.Due, card.Reps, card.Lapses), (back.State, back.Due, back.Reps, back.Lapses));
            Assert.Equal(card.Stability!.Value, back.Stability!.Value, 0.001);
            Assert.Equal(card.Difficulty!.Value, back.Difficulty!.Value, 0.001);
        }

        Assert.Equal(answered.Count, cardsAfter.Sum(c => c.Value.Reviews.Count));
    }

    private static async Task<List<string>> JsonlAsync(TestLibrary library)
    {
        await using var db = library.Context();
        var text = new StringWriter();
        await LibraryExporter.ExportAsync(db, "jsonl", text);
        return text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
    }

    // The lines of the items in `ids` (all when null) without the fields a round trip does not keep, in title order.
    private static List<string> Lines(List<string> lines, HashSet<long>? ids)
    {
        var kept = new List<string>();
        foreach (var line in lines)
        {
            var item = System.Text.Json.Nodes.JsonNode.Parse(line)!.AsObject();
            if (ids is not null && !ids.Contains(item["id"]!.GetValue<long>()))
            {
                continue;
            }

            foreach (var name in NotKept)
            {
                item.Remove(name);
            }

            kept.Add(item.ToJsonString());
        }

        return kept.Order(StringComparer.Ordinal).ToList();
    }

    private sealed record CardCopy(int State, DateTimeOffset Due, int Reps, int Lapses, double? Stability, double? Difficulty, List<(DateTimeOffset At, int Rating, int DurationMs)> Reviews);

    // The local learner's cards by their item's title and kind and their generator key, each with its answers.
    private static async Task<Dictionary<(string Title, string Kind, string Key), CardCopy>> CardsAsync(TestLibrary library)
    {
        await using var db = library.Context();
        var learner = await Learners.LocalAsync(db, Start);
        var items = await db.Items.AsNoTracking().ToDictionaryAsync(i => i.Id, i => (i.Title, i.Kind));
        var log = (await db.ReviewLog.AsNoTracking().Where(r => r.LearnerId == learner.Id).ToListAsync()).ToLookup(r => r.CardId);
        var cards = await db.Cards.AsNoTracking().Where(c => c.LearnerId == learner.Id).ToListAsync();
        return cards.ToDictionary(
            c => (items[c.ItemId].Title, items[c.ItemId].Kind, c.GeneratorKey),
            c => new CardCopy(c.State, c.Due, c.Reps, c.Lapses, c.Stability, c.Difficulty,
                log[c.Id].OrderBy(r => r.ReviewedAt).Select(r => (r.ReviewedAt, r.Rating, r.DurationMs)).ToList()));
    }

    // An author's key on the first quiz (the sample's quizzes have the crowd's shares only) and a link beside the code of
    // the first question with a code block.
    private static async Task EditAsync(TestLibrary library)
    {
        await using var db = library.Context();
        var quiz = await db.Items.Where(i => i.Kind == "quiz").OrderBy(i => i.Id).FirstAsync();
        quiz.KeyOption = 1;
        quiz.KeySource = Core.Library.KeySource.Author;
        var coded = await db.Items.Where(i => i.Kind == "question" && i.CodeJson != "[]").OrderBy(i => i.Id).FirstAsync();
        coded.LinksJson = "[\"https://example.org/roc-auc\"]";
        await db.SaveChangesAsync();
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
                    ["{{c1::Dropout}} случайно выключает нейроны, {{c2::weight decay}} штрафует большие веса, а {{c3::early stopping}} останавливает обучение вовремя.", ""],
                    ["регуляризация"], 1_750_000_000),
            ]);
        }

        var report = await library.Importer.ImportAsync([sample, cloze]);
        Assert.True(report.Committed, string.Join("\n", report.Sources.SelectMany(s => s.Diagnostics)));
    }

    // Answers a flashcard, both kinds of quiz, a problem, each of the author's three cloze deletions and two generated
    // cloze cards, three times each over ten days; returns the answers.
    private static async Task<List<(DateTimeOffset At, int Rating)>> AnswerAsync(TestLibrary library)
    {
        await using var db = library.Context();
        var learner = await Learners.LocalAsync(db, Start);
        await CardSync.SyncAsync(db, learner.Id, Start);
        var items = await db.Items.AsNoTracking().ToDictionaryAsync(i => i.Id);
        var all = await db.Cards.AsNoTracking().Where(c => c.LearnerId == learner.Id && !c.Suspended).OrderBy(c => c.Id).ToListAsync();
        var chosen = new List<long>
        {
            all.First(c => c.GeneratorKey == Core.Cards.GeneratorKeys.Flashcard && items[c.ItemId].Kind == "question").Id,
            all.First(c => c.GeneratorKey == Core.Cards.GeneratorKeys.Choice && items[c.ItemId].KeySource == Core.Library.KeySource.Author).Id,
            all.First(c => c.GeneratorKey == Core.Cards.GeneratorKeys.Choice && items[c.ItemId].KeySource != Core.Library.KeySource.Author).Id,
            all.First(c => c.GeneratorKey == Core.Cards.GeneratorKeys.Post && items[c.ItemId].Kind == "problem").Id,
        };
        chosen.AddRange(all.Where(c => c.GeneratorKey.StartsWith(Core.Cards.GeneratorKeys.AuthorCloze, StringComparison.Ordinal)).Select(c => c.Id));
        chosen.AddRange(all.Where(c => c.GeneratorKey.StartsWith(Core.Cards.GeneratorKeys.Cloze, StringComparison.Ordinal)).Take(2).Select(c => c.Id));
        var answers = new List<(DateTimeOffset, int)>();
        foreach (var (card, offset) in chosen.Select((c, i) => (c, i)))
        {
            foreach (var (day, rating) in new[] { (0, Rating.Good), (2, Rating.Again), (10, Rating.Good) })
            {
                var at = Start.AddDays(day).AddMinutes(offset);
                await Reviews.AnswerAsync(db, new ReviewAnswer(card, rating, TimeSpan.FromSeconds(6 + offset)), at);
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
