using System.Diagnostics;
using Sobes.Core.Library;
using Sobes.Core.Library.Duplicates;
using Sobes.Core.Posts;
using Sobes.Import.TelegramJson;

namespace Sobes.Benchmarks.Import;

/// <summary>`-- import-stages N`: how long each stage of an import takes on a generated export (read, analyse, duplicates).</summary>
public static class ImportStageTimings
{
    public static int Run(string[] args)
    {
        var posts = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
        using var export = new MemoryStream();
        TelegramExportGenerator.Write(export, posts, 2026, distinct: true);
        var watch = Stopwatch.StartNew();
        export.Position = 0;
        var raw = new TelegramJsonReader().Read(export, new SourceInfo("x.json", "telegram-json", null, "0"), new List<Diagnostic>()).ToList();
        var read = watch.Elapsed;
        watch.Restart();
        var drafts = raw.Select(PostAnalyzer.Analyze).OfType<ItemDraft>().ToList();
        var analyse = watch.Elapsed;
        watch.Restart();
        foreach (var d in drafts)
        {
            TopicTagger.Tag(d.Title + "\n" + d.Body, d.Hashtags, []);
        }

        var topics = watch.Elapsed;
        watch.Restart();
        foreach (var p in raw)
        {
            var t = TextNormalizer.Normalize(InertText.Clean(p.Text));
            ChromeFilter.Strip(t);
        }

        var clean = watch.Elapsed;
        watch.Restart();
        foreach (var d in drafts)
        {
            Classifier.Classify(raw[0], d.Body, d.Title, false, d.Answer);
        }

        var classify = watch.Elapsed;
        Console.WriteLine($"of analyse: topics {topics.TotalMilliseconds:F0} ms, normalise+chrome {clean.TotalMilliseconds:F0} ms, classify {classify.TotalMilliseconds:F0} ms");
        watch.Restart();
        var finder = new NearDuplicateFinder();
        var merged = 0;
        for (var i = 0; i < drafts.Count; i++)
        {
            merged += finder.Add(i, drafts[i].Body) is null ? 0 : 1;
        }

        var dup = watch.Elapsed;
        Console.WriteLine($"posts {raw.Count}: read {read.TotalMilliseconds:F0} ms, analyse {analyse.TotalMilliseconds:F0} ms, duplicates {dup.TotalMilliseconds:F0} ms ({merged} matched)");
        return 0;
    }
}
