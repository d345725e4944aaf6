using Sobes.Core.Posts;
using Sobes.Import.Sample;
using Sobes.Import.TelegramJson;
using Sobes.Import.Tests.TelegramJson;

namespace Sobes.Import.Tests.Sample;

public sealed class SampleContentTests
{
    private static ImportBatch ReadSample()
    {
        using var stream = SampleContent.Open();
        return new TelegramJsonReader().ReadBatch(stream, new SourceInfo(SampleContent.FileName, TelegramJsonReader.FormatName, "0"));
    }

    [Fact]
    public void Sample_reads_without_diagnostics_and_has_about_forty_posts()
    {
        var batch = ReadSample();

        Assert.Empty(batch.Diagnostics);
        Assert.InRange(batch.Posts.Count, 38, 45);
    }

    [Fact]
    public void Sample_has_polls_with_vote_shares()
    {
        var polls = ReadSample().Posts.Where(p => p.Poll is not null).Select(p => p.Poll!).ToList();

        Assert.InRange(polls.Count, 4, 6);
        Assert.All(polls, poll => Assert.All(poll.Options, o => Assert.NotNull(o.Share)));
    }

    [Fact]
    public void Sample_covers_code_files_links_ads_chrome_and_duplicates()
    {
        var posts = ReadSample().Posts;

        Assert.Contains(posts, p => p.Code.Any(c => c.Language == "python"));
        Assert.Contains(posts, p => p.Media.Any(m => m.StartsWith("file: ", StringComparison.Ordinal)));
        Assert.Contains(posts, p => p.Links.Count > 0);
        Assert.Contains(posts, p => p.Text.Contains("Забронировать место", StringComparison.Ordinal));
        Assert.Contains(posts, p => p.Text.StartsWith("Please open Telegram to view this post", StringComparison.Ordinal));
        Assert.True(posts.Select(p => p.Text).Distinct().Count() < posts.Count, "the sample should repeat a post verbatim");
        Assert.Contains(posts, p => p.Text.Contains("Задача про", StringComparison.Ordinal) && p.Text.Contains("Ответ:", StringComparison.Ordinal));
        Assert.Contains(posts, p => p.TitleHint?.StartsWith("📌", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Sample_reads_as_its_golden_file() =>
        GoldenFile.Verify(BatchText.Render(ReadSample()), "sample.txt");
}
