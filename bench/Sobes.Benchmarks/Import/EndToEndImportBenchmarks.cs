using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Sobes.Data.Importing;
using Sobes.Data.Storage;
using Sobes.Testing.Exports;

namespace Sobes.Benchmarks.Import;

/// <summary>
/// A generated Telegram export imported end to end (read, pipeline, duplicate merging, SQLite commit,
/// search index) into a new SQLite file. Posts per second = Posts / mean time.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ImportBenchmarkConfig))]
public class EndToEndImportBenchmarks
{
    private string directory = "";
    private string export = "";
    private string database = "";

    [Params(10_000, 100_000)]
    public int Posts { get; set; }

    [GlobalSetup]
    public void Generate()
    {
        directory = Path.Combine(Path.GetTempPath(), "sobes-bench-import-" + Posts);
        Directory.CreateDirectory(directory);
        export = Path.Combine(directory, "export.json");
        using var file = File.Create(export);
        TelegramExportGenerator.Write(file, Posts, 2026, distinct: true);
    }

    [IterationSetup]
    public void NewDatabase()
    {
        database = Path.Combine(directory, $"bench-{Guid.NewGuid():N}.db");
    }

    [Benchmark]
    public async Task<int> Import() => await ImportOnce.RunAsync(export, database);

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(directory, true);
}

/// <summary>Three cold imports, in a process tiered as the CLI's is (no profile-guided optimisation: src/Sobes.Cli/Sobes.Cli.csproj).</summary>
internal sealed class ImportBenchmarkConfig : ManualConfig
{
    public ImportBenchmarkConfig() =>
        AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(0)
            .WithIterationCount(3)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithEnvironmentVariables(new EnvironmentVariable("DOTNET_TieredPGO", "0")));
}

/// <summary>One import into a new SQLite file; also the `import-once` mode that measures peak memory in a fresh process.</summary>
public static class ImportOnce
{
    public static async Task<int> RunAsync(string export, string database)
    {
        var opening = System.Diagnostics.Stopwatch.StartNew();
        var db = await SobesDatabase.OpenAsync(DatabaseLocation.Sqlite(database));
        OpenSeconds = opening.Elapsed.TotalSeconds;
        var report = await new LibraryImporter(db, TimeProvider.System).ImportAsync([export]);
        if (!report.Committed)
        {
            throw new InvalidOperationException(string.Join("\n", report.Sources.SelectMany(s => s.Diagnostics)));
        }

        return report.ItemsNew;
    }

    /// <summary>Of the last <see cref="RunAsync"/>, the seconds spent creating and migrating the new database.</summary>
    public static double OpenSeconds { get; private set; }

    /// <summary>`dotnet run -c Release --project bench/Sobes.Benchmarks -- import-once 100000`: throughput and peak working set of one import.</summary>
    public static async Task<int> MainAsync(string[] args)
    {
        var posts = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        var dir = Directory.CreateTempSubdirectory("sobes-import-once-").FullName;
        var export = Path.Combine(dir, "export.json");
        await using (var file = File.Create(export))
        {
            TelegramExportGenerator.Write(file, posts, 2026, distinct: true);
        }

        var baseline = Environment.WorkingSet;
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var pauseBefore = GC.GetTotalPauseDuration();
        var gen2Before = GC.CollectionCount(2);
        var gen1Before = GC.CollectionCount(1);
        var gen0Before = GC.CollectionCount(0);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var items = await RunAsync(export, Path.Combine(dir, "once.db"));
        watch.Stop();
        process.Refresh();
        // CPU time is the figure to compare on a loaded machine; wall time and posts/s need a quiet one.
        var cpu = process.TotalProcessorTime - cpuBefore;
        Console.WriteLine($"posts {posts}, items {items}, {watch.Elapsed.TotalSeconds:F1} s, {posts / watch.Elapsed.TotalSeconds:F0} posts/s, " +
            $"CPU {cpu.TotalSeconds:F1} s (of it opening the new database {OpenSeconds:F1} s), peak working set {process.PeakWorkingSet64 / 1048576} MB (before import {baseline / 1048576} MB), " +
            $"export {new FileInfo(export).Length / 1048576} MB; allocated {(GC.GetTotalAllocatedBytes() - allocatedBefore) / 1048576} MB, " +
            $"GC pauses {(GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds:F1} s, collections gen0/1/2 {GC.CollectionCount(0) - gen0Before}/{GC.CollectionCount(1) - gen1Before}/{GC.CollectionCount(2) - gen2Before}");
        Directory.Delete(dir, true);
        return 0;
    }
}
