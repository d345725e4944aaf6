using BenchmarkDotNet.Attributes;
using Sobes.Core.Posts;
using Sobes.Import.TelegramJson;
using Sobes.Testing.Exports;

namespace Sobes.Benchmarks.Import;

/// <summary>
/// Streams a generated 100,000-message Telegram Desktop export from a temp file. Posts/s = Messages / mean time
/// (about 98% of messages become posts; the rest are service messages).
/// </summary>
[MemoryDiagnoser]
// Not sealed: BenchmarkDotNet generates a subclass.
public class TelegramJsonReadBenchmarks
{
    private string _path = "";

    [Params(100_000)]
    public int Messages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"sobes-bench-telegram-{Messages}-{Environment.ProcessId}.json");
        using var file = File.Create(_path);
        TelegramExportGenerator.Write(file, Messages, seed: 42);
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark]
    public int ReadAllPosts()
    {
        using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
        var source = new SourceInfo(_path, TelegramJsonReader.FormatName, "");
        var count = 0;
        var read = new TelegramJsonReader().Read(stream, source);
        foreach (var post in read.Posts)
        {
            count += post.Text.Length > 0 ? 1 : 0;
        }

        return read.Diagnostics.Count == 0 ? count : -1;
    }
}
