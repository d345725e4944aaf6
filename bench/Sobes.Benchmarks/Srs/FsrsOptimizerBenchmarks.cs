using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Sobes.Core.Srs;
using Sobes.Core.Srs.Optimization;

namespace Sobes.Benchmarks.Srs;

/// <summary>
/// The fit `sobes srs fit` times (its <c>fit_ms</c>): the optimizer and the keep-only-if-better evaluation on the
/// reference log <c>shared/reference/fsrs/revlog-sample.csv</c> (9,175 items), read once beforehand. fsrs-rs took
/// 507 ms for the same fit. Not sealed: BenchmarkDotNet derives from benchmark classes.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(FsrsOptimizerBenchmarkConfig))]
public class FsrsOptimizerBenchmarks
{
    private IReadOnlyList<FsrsItem> items = [];

    [GlobalSetup]
    public void Setup()
    {
        using var reader = new StreamReader(SampleLog());
        var log = ReviewLogCsv.Read(reader, "revlog-sample.csv");
        if (log.Error is not null)
        {
            throw new InvalidOperationException(log.Error);
        }

        items = FsrsItems.FromReviewLog(log.Entries, FsrsItems.DefaultDayStart);
    }

    [Benchmark]
    public FsrsParameters Fit() => FsrsOptimizer.Fit(items, FsrsParameters.Default).Parameters;

    private static string SampleLog([CallerFilePath] string sourceFile = "")
    {
        string?[] starts = [AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile)];
        foreach (var start in starts.OfType<string>())
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "reference", "fsrs", "revlog-sample.csv");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException("shared/reference/fsrs/revlog-sample.csv not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A short run in process (the generated out-of-process project builds too slowly on the shared machine).</summary>
internal sealed class FsrsOptimizerBenchmarkConfig : ManualConfig
{
    public FsrsOptimizerBenchmarkConfig() =>
        AddJob(Job.ShortRun.WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(10), logOutput: false)));
}
