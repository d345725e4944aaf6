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
    public void Enormous_single_line_message_is_read_whole()
    {
        var text = new string('x', 5 * 1024 * 1024);
        var batch = Read(Channel("{\"id\": 1, \"type\": \"message\", \"text\": \"" + text + "\"}", "{\"id\": 2, \"type\": \"message\", \"text\": \"after\"}"));

        Assert.Empty(batch.Diagnostics);
        Assert.Equal(2, batch.Posts.Count);
        Assert.Equal(text.Length, batch.Posts[0].Text.Length);
        Assert.Equal("after", batch.Posts[1].Text);
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
