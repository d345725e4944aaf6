using BenchmarkDotNet.Attributes;
using Sobes.Testing.Exports;

namespace Sobes.Benchmarks.Import;

/// <summary>
/// A generated Anki package (collection.anki21b, zstd-compressed schema 18) imported end to end into a new SQLite file:
/// unpacking, reading the collection, the library pipeline, duplicate merging, commit and search index. Notes per
/// second = Notes / mean time; the issue asks for 5,000 or more at 50,000 notes.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ImportBenchmarkConfig))]
public class AnkiPackageImportBenchmarks
{
    private string directory = "";
    private string package = "";
    private string database = "";

    [Params(50_000)]
    public int Notes { get; set; }

    [GlobalSetup]
    public void Generate() => (directory, package) = AnkiImportOnce.WritePackage(Notes);

    [IterationSetup]
    public void NewDatabase() => database = Path.Combine(directory, $"bench-{Guid.NewGuid():N}.db");

    [Benchmark]
    public async Task<int> Import() => await ImportOnce.RunAsync(package, database);

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(directory, true);
}

/// <summary>`-- import-anki-once 50000`: one package import in a fresh process, notes/s and CPU time.</summary>
public static class AnkiImportOnce
{
    public static (string Directory, string Package) WritePackage(int notes)
    {
        var directory = Directory.CreateTempSubdirectory("sobes-bench-anki-").FullName;
        var package = Path.Combine(directory, "deck.apkg");
        using var file = File.Create(package);
        AnkiPackageWriter.Write(file, AnkiCollectionFormat.Anki21b, AnkiDeckGenerator.Notes(notes, 2026));
        return (directory, package);
    }

    public static async Task<int> MainAsync(string[] args)
    {
        var notes = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 50_000;
        var (directory, package) = WritePackage(notes);
        using var process = System.Diagnostics.Process.GetCurrentProcess();

        // The reader alone (unzip, zstd, SQLite, HTML to text), first: how much of the import it is.
        var readStart = process.TotalProcessorTime;
        var readWatch = System.Diagnostics.Stopwatch.StartNew();
        await using (var stream = File.OpenRead(package))
        {
            var read = new Sobes.Import.Decks.Anki.AnkiPackageReader().Read(stream, new Sobes.Core.Posts.SourceInfo(package, "anki-package", ""));
            var posts = read.Posts.Count();
            process.Refresh();
            Console.WriteLine($"read {posts} posts: {readWatch.Elapsed.TotalSeconds:F1} s, CPU {(process.TotalProcessorTime - readStart).TotalSeconds:F1} s");
        }

        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var items = await ImportOnce.RunAsync(package, Path.Combine(directory, "once.db"));
        watch.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        // Opening creates and migrates the new library's database, which an import into an existing library does not do.
        var importSeconds = watch.Elapsed.TotalSeconds - ImportOnce.OpenSeconds;
        Console.WriteLine($"notes {notes}, items {items}, {watch.Elapsed.TotalSeconds:F1} s, {notes / watch.Elapsed.TotalSeconds:F0} notes/s " +
            $"(opening the new database {ImportOnce.OpenSeconds:F1} s, the import alone {importSeconds:F1} s, {notes / importSeconds:F0} notes/s), " +
            $"CPU {cpu.TotalSeconds:F1} s, package {new FileInfo(package).Length / 1024} KB, peak working set {process.PeakWorkingSet64 / 1048576} MB");
        Directory.Delete(directory, true);
        return 0;
    }
}
