using System.Text;
using Sobes.Core.Posts;
using Sobes.Import.TelegramJson;
using Sobes.Testing.Exports;
using static Sobes.Import.Tests.TelegramJson.TelegramJsonTestHelpers;

namespace Sobes.Import.Tests.TelegramJson;

// Measures the process's live managed memory, so no other test may allocate meanwhile.
[Collection(MemoryMeasurement.Name)]
public sealed class TelegramJsonLargeInputTests
{
    [Fact]
    public void A_message_longer_than_the_record_cap_is_left_out_with_a_warning_naming_it_and_the_rest_is_read()
    {
        var text = new string('x', SourceInfo.DefaultMaxRecordLength + 1);
        var batch = Read(Channel("{\"id\": 7, \"type\": \"message\", \"text\": \"" + text + "\"}", "{\"id\": 8, \"type\": \"message\", \"text\": \"after\"}"));

        var error = Assert.Single(batch.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, error.Severity);
        Assert.Equal("result.json", error.File);
        Assert.Equal(1, error.Line);
        Assert.Contains("message 7", error.Message);
        Assert.Equal("after", Assert.Single(batch.Posts).Text);
    }

    [Fact]
    public void A_60_MB_message_is_skipped_in_bounded_memory_and_the_rest_is_read()
    {
        var huge = "{\"id\": 41, \"type\": \"message\", \"text\": [\"" + new string('я', 30_000_000) + "\", {\"type\": \"bold\", \"text\": \"}]{\\\"\"}]}";
        var bytes = Encoding.UTF8.GetBytes(Channel("{\"id\": 40, \"type\": \"message\", \"text\": \"before\"}", huge, "{\"id\": 42, \"type\": \"message\", \"text\": \"after\"}"));
        using var stream = new MemoryStream(bytes);
        var read = new TelegramJsonReader().Read(stream, Source());
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var peak = 0L;
        var posts = new List<RawPost>();
        foreach (var post in read.Posts)
        {
            posts.Add(post);
            peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
        }

        Assert.Equal(["before", "after"], posts.Select(p => p.Text));
        var error = Assert.Single(read.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, error.Severity);
        Assert.Equal(2, error.Line);
        Assert.Contains("message 41", error.Message);
        Assert.True(peak < 16_000_000, $"live managed memory grew by {peak} bytes while skipping a {bytes.Length}-byte message");
    }

    [Fact]
    public void Large_export_streams_in_memory_far_below_its_size()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sobes-tg-stream-{Guid.NewGuid():N}.json");
        try
        {
            using (var file = File.Create(path))
            {
                TelegramExportGenerator.Write(file, 200_000, seed: 11);
            }

            var size = new FileInfo(path).Length;
            var baseline = GC.GetTotalMemory(forceFullCollection: true);
            var peak = 0L;
            var count = 0;
            IReadOnlyList<Diagnostic> diagnostics;
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan))
            {
                var read = new TelegramJsonReader().Read(stream, Source(path));
                diagnostics = read.Diagnostics;
                foreach (var post in read.Posts)
                {
                    if (++count % 20_000 == 0)
                    {
                        peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
                    }
                }
            }

            Assert.Empty(diagnostics);
            Assert.InRange(count, 190_000, 200_000);
            Assert.True(size > 50_000_000, $"the generated export is only {size} bytes");
            Assert.True(peak < 8_000_000, $"live managed memory grew by {peak} bytes while reading a {size}-byte export");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Generated_export_has_every_kind_of_post()
    {
        using var stream = new MemoryStream();
        TelegramExportGenerator.Write(stream, 2_000, seed: 3);
        stream.Position = 0;

        var batch = new TelegramJsonReader().ReadBatch(stream, Source());

        Assert.Empty(batch.Diagnostics);
        Assert.InRange(batch.Posts.Count, 1_900, 1_999);
        Assert.Contains(batch.Posts, p => p.Poll is { } poll && poll.Options.Any(o => o.Share > 0));
        Assert.Contains(batch.Posts, p => p.Code.Count > 0);
        Assert.Contains(batch.Posts, p => p.Text.Contains("Забронировать место", StringComparison.Ordinal));
        var duplicates = batch.Posts.Count - batch.Posts.Select(p => p.Text).Distinct().Count();
        Assert.InRange(duplicates, batch.Posts.Count / 20, batch.Posts.Count / 4);
    }

    [Fact]
    public void Generator_is_deterministic_for_a_seed()
    {
        static string Generate(int seed)
        {
            using var stream = new MemoryStream();
            TelegramExportGenerator.Write(stream, 300, seed);
            return Encoding.UTF8.GetString(stream.ToArray());
        }

        Assert.Equal(Generate(5), Generate(5));
        Assert.NotEqual(Generate(5), Generate(6));
    }
}
