using BenchmarkDotNet.Attributes;
using Sobes.Benchmarks.Import;
using Sobes.Data.Cards;
using Sobes.Data.Library;
using Sobes.Data.Storage;
using Sobes.Testing.Exports;

namespace Sobes.Benchmarks.Export;

/// <summary>
/// `sobes export --format apkg` of a library made from a generated 50,000-post channel (questions, quizzes, notes,
/// ads), into a file: streaming the items, generating their cloze cards, writing the collection and zipping it.
/// With progress, the learner's cards (already in step) and their schedules go out too.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ImportBenchmarkConfig))]
public class ApkgExportBenchmarks
{
    private string directory = "";
    private SobesDatabase? database;

    [Params(50_000)]
    public int Posts { get; set; }

    [GlobalSetup]
    public void Build() => (directory, database) = ApkgExportOnce.LibraryAsync(Posts).GetAwaiter().GetResult();

    [Benchmark]
    public Task<DeckExportReport> Export() => ApkgExportOnce.ExportAsync(database!, Path.Combine(directory, "out.apkg"), progress: false);

    [Benchmark]
    public Task<DeckExportReport> ExportWithProgress() => ApkgExportOnce.ExportAsync(database!, Path.Combine(directory, "out.apkg"), progress: true);

    [GlobalCleanup]
    public void Cleanup()
    {
        database?.Dispose();
        Directory.Delete(directory, true);
    }
}

/// <summary>`-- export-apkg-once 50000`: one export of a library built from a generated channel, with and without progress.</summary>
public static class ApkgExportOnce
{
    public static async Task<(string Directory, SobesDatabase Database)> LibraryAsync(int posts)
    {
        var directory = Directory.CreateTempSubdirectory("sobes-bench-apkg-").FullName;
        var export = Path.Combine(directory, "export.json");
        await using (var file = File.Create(export))
        {
            TelegramExportGenerator.Write(file, posts, 2026, distinct: true);
        }

        var path = Path.Combine(directory, "library.db");
        await ImportOnce.RunAsync(export, path);
        return (directory, await SobesDatabase.OpenAsync(DatabaseLocation.Sqlite(path)));
    }

    public static async Task<DeckExportReport> ExportAsync(SobesDatabase database, string path, bool progress)
    {
        await using var db = database.CreateContext();
        var learner = progress ? await CardExporter.FindLearnerAsync(db, null, DateTimeOffset.UtcNow) : null;
        await using var file = File.Create(path);
        return await DeckExporter.ExportAsync(db, file, null, learner, DateTimeOffset.UtcNow);
    }

    // Where an export's time goes: reading the items alone, and generating their cloze cards alone.
    private static async Task StagesAsync(SobesDatabase database)
    {
        await using var db = database.CreateContext();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var items = new List<Sobes.Core.Cards.SourceItem>();
        await foreach (var v in LibraryQueries.StreamAsync(db, LibraryFilter.All))
        {
            items.Add(new Sobes.Core.Cards.SourceItem { Id = v.Id, Kind = v.Kind, Title = v.Title, Question = v.Question, Answer = v.Answer, Body = v.Body, Topics = v.Topics });
        }

        Console.WriteLine($"reading {items.Count} items alone: {watch.Elapsed.TotalSeconds:F1} s");
        watch.Restart();
        var clozes = Sobes.Core.Cards.CardGenerator.ClozeCards(items, null, Sobes.Core.Cards.CardGenerator.TopicGlossary).Count;
        Console.WriteLine($"generating their {clozes} cloze cards alone: {watch.Elapsed.TotalSeconds:F1} s");
    }

    public static async Task<int> MainAsync(string[] args)
    {
        var posts = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 50_000;
        var (directory, database) = await LibraryAsync(posts);
        try
        {
            var path = Path.Combine(directory, "out.apkg");
            await StagesAsync(database);
            // The first run pays for JIT and the card generator's dictionaries; the second is the steady figure.
            (string, bool)[] runs = [("without progress, first", false), ("without progress, again", false), ("with progress, first (syncs the learner's cards)", true), ("with progress, again", true)];
            foreach (var (name, progress) in runs)
            {
                var watch = System.Diagnostics.Stopwatch.StartNew();
                var report = await ExportAsync(database, path, progress);
                Console.WriteLine($"{name}: items {report.Items} ({report.LeftOut} left out), notes {report.Notes}, {watch.Elapsed.TotalSeconds:F1} s, "
                    + $"{report.Items / watch.Elapsed.TotalSeconds:F0} items/s, package {new FileInfo(path).Length / 1024} KB");
            }
        }
        finally
        {
            database.Dispose();
            Directory.Delete(directory, true);
        }

        return 0;
    }
}
