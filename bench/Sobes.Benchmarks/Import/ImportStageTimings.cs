using System.Diagnostics;
using Sobes.Core.Library;
using Sobes.Core.Library.Duplicates;
using Sobes.Core.Posts;
using Sobes.Import.TelegramJson;
using Sobes.Testing.Exports;

namespace Sobes.Benchmarks.Import;

/// <summary>
/// `-- import-stages N`: how long each stage of an import takes on a generated export, one thread each
/// (read, analyse and its parts, the duplicate finder's parts), and the finder's time per post, in CPU milliseconds.
/// </summary>
public static class ImportStageTimings
{
    public static int Run(string[] args)
    {
        var posts = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
        using var export = new MemoryStream();
        TelegramExportGenerator.Write(export, posts, 2026, distinct: true);
        var watch = Stopwatch.StartNew();
        Lap(watch);
        export.Position = 0;
        var raw = new TelegramJsonReader().Read(export, new SourceInfo("x.json", "telegram-json", "0")).Posts.ToList();
        var read = Lap(watch);
        var drafts = raw.Select(PostAnalyzer.Analyze).OfType<ItemDraft>().ToList();
        var analyse = Lap(watch);
        foreach (var d in drafts)
        {
            TopicTagger.Tag(d.Title + "\n" + d.Body, d.Hashtags, []);
        }

        var topics = Lap(watch);
        foreach (var p in raw)
        {
            ChromeFilter.Strip(TextNormalizer.Normalize(InertText.Clean(p.Text)));
        }

        var clean = Lap(watch);
        foreach (var d in drafts)
        {
            Classifier.Classify(raw[0], d.Body, d.Title, false, d.Answer);
        }

        var classify = Lap(watch);
        Console.WriteLine($"of analyse: topics {topics:F0} ms, normalise+chrome {clean:F0} ms, classify {classify:F0} ms");
        var prints = drafts.Select(d => TextFingerprint.Create(d.Body)).ToList();
        var fingerprint = Lap(watch);
        foreach (var f in prints)
        {
            MinHasher.Default.Compute(f.Shingles);
        }

        var minhash = Lap(watch);
        var finder = new NearDuplicateFinder();
        var merged = 0;
        for (var i = 0; i < drafts.Count; i++)
        {
            merged += finder.Add(i, drafts[i].Body) is null ? 0 : 1;
        }

        var dup = Lap(watch);
        Console.WriteLine($"posts {raw.Count}: read {read:F0} ms, analyse {analyse:F0} ms, duplicates {dup:F0} ms ({merged} matched, " +
            $"{dup * 1000 / drafts.Count:F1} µs per post; of it fingerprint {fingerprint:F0} ms, MinHash {minhash:F0} ms)");
        Console.WriteLine("allocated MB by stage (read, analyse, topics, normalise+chrome, classify, fingerprint, MinHash, duplicates): " + string.Join(", ", Allocations.Skip(1)));
        return 0;
    }

    // The process's CPU time, not the wall clock: each stage runs on one thread, and on a shared machine
    // the wall clock also counts the time other processes held the cores.
    private static double Lap(Stopwatch watch)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime.TotalMilliseconds;
        var ms = cpu - lastCpu;
        lastCpu = cpu;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        Allocations.Add((allocated - lastAllocated) / 1048576);
        lastAllocated = allocated;
        watch.Restart();
        return ms;
    }

    private static double lastCpu;
    private static long lastAllocated;
    private static readonly List<long> Allocations = [];
}
