using System.Text.RegularExpressions;
using Sobes.Core.Posts;
using Sobes.Import.PlainText;

namespace Sobes.Import.Tests.PlainText;

/// <summary>Reads the real channel copies in the shared seeds folder (not in the repository).</summary>
public sealed partial class PlainTextSeedCorpusTests
{
    [SkippableTheory]
    [InlineData("000_", 14, 19)]
    [InlineData("001_", 16, 18)]
    [InlineData("003_", 8, 8)]
    [InlineData("004_", 12, 16)]
    public void Seed_splits_into_a_plausible_number_of_posts(string prefix, int least, int most)
    {
        var batch = ReadSeed(prefix);

        Assert.False(batch.HasErrors);
        Assert.InRange(batch.Posts.Count, least, most);
    }

    [SkippableTheory]
    [InlineData("000_")]
    [InlineData("001_")]
    [InlineData("003_")]
    [InlineData("004_")]
    public void No_chrome_line_survives_in_any_post(string prefix)
    {
        var batch = ReadSeed(prefix);
        var signature = PlainTextChannelReader.DetectChannelTitle(File.ReadAllText(SeedPath(prefix)));

        foreach (var line in batch.Posts.SelectMany(p => p.Text.Split('\n')).Select(l => l.Trim()))
        {
            Assert.DoesNotMatch(Chrome(), line);
            Assert.False(line.Length > 0 && line.Length < 40 && Regex.IsMatch(line, @"^[^\p{L}\p{N}\s]+\d+([^\p{L}\p{N}\s]+\d+)*$"), $"reaction line survived: {line}");
            if (signature is not null)
            {
                Assert.False(line.EndsWith(signature, StringComparison.Ordinal) && line.Length <= signature.Length + 4, $"signature survived: {line}");
            }
        }
    }

    [SkippableFact]
    public void The_four_polls_in_seed_001_are_quizzes_whose_shares_sum_to_one()
    {
        var polls = ReadSeed("001_").Posts.Where(p => p.Poll is not null).ToList();

        Assert.Equal(4, polls.Count);
        foreach (var post in polls)
        {
            Assert.Equal(PostKindHint.Quiz, post.KindHint);
            Assert.True(post.Poll!.IsQuiz);
            Assert.Equal(4, post.Poll.Options.Count);
            Assert.InRange(post.Poll.Options.Sum(o => o.Share ?? 0), 0.98, 1.02);
        }
    }

    [SkippableFact]
    public void Seed_001_hashtag_lines_open_the_posts_they_head()
    {
        var posts = ReadSeed("001_").Posts;

        Assert.Contains(posts, p => p.Hashtags.Count == 1 && p.Poll is not null);
        Assert.Contains(posts, p => p.Hashtags.Count == 1 && p.Poll is null && p.TitleHint?.Contains("ROC", StringComparison.Ordinal) == true);
        Assert.Single(posts, p => p.Code.Count > 0);
    }

    [SkippableTheory]
    [InlineData("000_", "Q-обучени")]
    [InlineData("000_", "артефакт")]
    [InlineData("004_", "AUC")]
    [InlineData("004_", "айесовск")]
    [InlineData("004_", "с нуля")]
    public void A_twice_rendered_post_is_one_post_that_keeps_its_question_title(string prefix, string distinctive)
    {
        var posts = ReadSeed(prefix).Posts.Where(p => p.Text.Contains(distinctive, StringComparison.Ordinal)).ToList();

        var post = Assert.Single(posts);
        Assert.NotNull(post.TitleHint);
        Assert.Contains(Emoji(post.Text.Split('\n')[0]), post.TitleHint, StringComparison.Ordinal);
        var lines = post.Text.Split('\n').Where(l => l.Length > 0).ToList();
        Assert.Equal(lines.Count, lines.Distinct(StringComparer.Ordinal).Count());
    }

    [SkippableFact]
    public void The_merged_bayesian_post_in_004_keeps_its_numbered_list()
    {
        var post = ReadSeed("004_").Posts.Single(p => p.Text.Contains("айесовск", StringComparison.Ordinal));

        Assert.Contains("MCMC", post.Text, StringComparison.Ordinal);
        Assert.Contains("3️⃣", post.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void The_card_deck_problem_in_000_is_one_post()
    {
        var post = ReadSeed("000_").Posts.Single(p => p.Text.Contains("колод", StringComparison.Ordinal));

        Assert.Contains("\nA:", post.Text, StringComparison.Ordinal);
        Assert.Contains("\nF:", post.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void The_pdf_in_000_is_file_media_not_text()
    {
        var posts = ReadSeed("000_").Posts;

        Assert.Single(posts, p => p.Media.Any(m => m.StartsWith("file: ", StringComparison.Ordinal) && m.EndsWith(".pdf (1.3 MB)", StringComparison.Ordinal)));
        Assert.DoesNotContain(posts, p => p.Text.Contains(".pdf", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Seed_003_mirror_posts_keep_their_hashtags_out_of_the_text()
    {
        var posts = ReadSeed("003_").Posts;

        Assert.Equal(4, posts.Count(p => p.Hashtags.Count > 0));
        Assert.DoesNotContain(posts, p => p.Text.Split('\n').Any(l => l.StartsWith('#')));
    }

    private static string Emoji(string line) => Regex.Replace(line, @"^[^\p{L}\p{N}]+", "").Trim();

    private static ImportBatch ReadSeed(string prefix) => PlainTextReading.ReadFile(SeedPath(prefix));

    private static string SeedPath(string prefix)
    {
        var folder = TestFiles.SeedsFolder();
        var required = Environment.GetEnvironmentVariable("SOBES_REQUIRE_ALL") == "1";
        var path = folder is null ? null : Directory.GetFiles(folder, prefix + "*.txt").OrderBy(p => p, StringComparer.Ordinal).FirstOrDefault();
        if (path is null)
        {
            Assert.False(required, $"seed {prefix}*.txt not found under <repo>/../shared/seeds and SOBES_REQUIRE_ALL=1");
            Skip.If(true, $"seed {prefix}*.txt not found under <repo>/../shared/seeds (set SOBES_SHARED or SOBES_REQUIRE_ALL=1 to insist)");
        }

        return path!;
    }

    [GeneratedRegex(@"^(Please open Telegram to view this post|VIEW IN TELEGRAM|Download Telegram|Telegram Web Link|Back to Top|HTML Embed Code:?|РКН:.*|@\w+|[\d.,]+[KM]? (subscribers|photos|videos|files|links)|\d{4}/\d{2}/\d{2} \d{2}:\d{2}:\d{2}|#[\p{L}\p{N}_]+|\d{1,3}%|Anonymous (Quiz|Poll)|.+\.pdf|\d+(\.\d+)? MB)$")]
    private static partial Regex Chrome();
}
