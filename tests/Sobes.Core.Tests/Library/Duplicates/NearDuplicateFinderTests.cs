using Sobes.Core.Library.Duplicates;
using static Sobes.Core.Tests.Library.Duplicates.DuplicateFixtures;

namespace Sobes.Core.Tests.Library.Duplicates;

public sealed class NearDuplicateFinderTests
{
    [Fact]
    public void Identical_texts_merge_as_exact_duplicates()
    {
        var finder = new NearDuplicateFinder();
        Assert.Null(finder.Add(1, RussianRegularisation));

        var match = finder.Add(2, RussianRegularisation.ToUpperInvariant().Replace("Ё", "Е", StringComparison.Ordinal));

        Assert.Equal(new DuplicateMatch(1, DuplicateKind.Exact, 1, 1), match);
        Assert.Equal(1, finder.Count);
    }

    [Theory]
    [InlineData("🔥 Вопрос с собеседования\n")]
    [InlineData("📌 #ml #interview\n")]
    public void A_copy_with_an_extra_header_line_merges(string header)
    {
        var finder = new NearDuplicateFinder();
        finder.Add(10, RussianGradientBoosting);

        var match = finder.Add(11, header + RussianGradientBoosting);

        Assert.Equal(10, match?.ExistingId);
        Assert.Equal(DuplicateKind.NearDuplicate, match?.Kind);
        Assert.True(match?.Jaccard > 0.9);
    }

    [Theory]
    [MemberData(nameof(Posts))]
    public void A_copy_cut_to_its_first_half_merges_by_containment(string post)
    {
        var finder = new NearDuplicateFinder();
        finder.Add(1, post);

        var match = finder.Add(2, FirstWords(post, 0.5));

        Assert.Equal(1, match?.ExistingId);
        Assert.Equal(DuplicateKind.Contained, match?.Kind);
        Assert.True(match?.Containment >= 0.95, $"containment {match?.Containment}");
        Assert.True(match?.Jaccard < 0.6, $"jaccard {match?.Jaccard}");
    }

    [Theory]
    [MemberData(nameof(Posts))]
    public void A_full_post_arriving_after_its_truncated_copy_merges_with_it(string post)
    {
        var finder = new NearDuplicateFinder();
        finder.Add(1, FirstWords(post, 0.4));

        Assert.Equal(DuplicateKind.Contained, finder.Add(2, post)?.Kind);
    }

    [Fact]
    public void Containment_is_found_by_anchors_when_banding_cannot_see_it()
    {
        // One band of all 128 rows: only identical signatures collide, so LSH finds no partial copy.
        var finder = new NearDuplicateFinder(new NearDuplicateOptions { Bands = 1, Rows = 128 });
        finder.Add(1, EnglishBatchNorm);

        var match = finder.Add(2, "Repost from @ml_daily\n" + FirstWords(EnglishBatchNorm, 0.3));

        Assert.Equal(1, match?.ExistingId);
        Assert.Equal(DuplicateKind.Contained, match?.Kind);
    }

    [Fact]
    public void A_paraphrase_in_other_words_does_not_merge()
    {
        var finder = new NearDuplicateFinder();
        finder.Add(1, EnglishPrecisionRecall);

        Assert.Null(finder.Add(2, EnglishPrecisionRecallParaphrase));
        Assert.True(ShingleOverlap.Of(TextFingerprint.Create(EnglishPrecisionRecall), TextFingerprint.Create(EnglishPrecisionRecallParaphrase)).Jaccard < 0.1);
    }

    [Fact]
    public void Unrelated_posts_do_not_merge()
    {
        var finder = new NearDuplicateFinder();

        DuplicateMatch?[] matches = [.. LongPosts.Select((post, i) => finder.Add(i, post))];

        Assert.All(matches, match => Assert.Null(match));
        Assert.Equal(LongPosts.Length, finder.Count);
    }

    [Theory]
    [InlineData("Что такое L1-регуляризация?", "Что такое L2-регуляризация?")]
    [InlineData("What is overfitting?", "What is underfitting?")]
    [InlineData("Что такое бустинг", "Что такое бэггинг")]
    [InlineData("Объясните bias-variance tradeoff", "Объясните precision-recall tradeoff")]
    public void Short_questions_that_differ_in_a_term_do_not_merge(string first, string second)
    {
        var finder = new NearDuplicateFinder();
        finder.Add(1, first);

        Assert.Null(finder.Add(2, second));
    }

    [Fact]
    public void A_short_question_is_not_swallowed_by_a_long_post_that_contains_it()
    {
        var finder = new NearDuplicateFinder();
        finder.Add(1, RussianRegularisation);

        Assert.Null(finder.Add(2, "Чем L1-регуляризация отличается от L2?"));
    }

    [Fact]
    public void Texts_without_words_never_merge()
    {
        var finder = new NearDuplicateFinder();
        finder.Add(1, "🔥🔥🔥");

        Assert.Null(finder.Add(2, "🔥🔥🔥"));
        Assert.Equal(0, finder.Count);
    }

    [Fact]
    public void Containment_needs_the_minimum_shingle_count()
    {
        var finder = new NearDuplicateFinder(new NearDuplicateOptions { MinContainedShingles = 500 });
        finder.Add(1, RussianGradientBoosting);

        Assert.Null(finder.Add(2, FirstWords(RussianGradientBoosting, 0.5)));
    }

    [Fact]
    public void The_best_match_is_the_closest_earlier_text()
    {
        var finder = new NearDuplicateFinder();
        finder.Add(1, FirstWords(EnglishBatchNorm, 0.6));
        finder.Add(2, "Batch norm, a classic:\n" + EnglishBatchNorm);

        var match = finder.Add(3, EnglishBatchNorm);

        Assert.Equal(2, match?.ExistingId);
    }

    [Fact]
    public void Find_looks_up_without_indexing()
    {
        var finder = new NearDuplicateFinder();
        finder.Add(1, EnglishBatchNorm);

        Assert.Equal(1, finder.Find(EnglishBatchNorm + " 👍")?.ExistingId);
        Assert.Null(finder.Find(RussianGradientBoosting));
        Assert.Equal(1, finder.Count);
    }

    [Fact]
    public void The_same_input_order_gives_the_same_matches()
    {
        string[] posts = [.. LongPosts, .. LongPosts.Select(p => "➡️ Репост\n" + p), .. LongPosts.Select(p => FirstWords(p, 0.7)), EnglishPrecisionRecallParaphrase];

        Assert.Equal(MatchAll(posts), MatchAll(posts));
        Assert.Equal(posts.Length - LongPosts.Length - 1, MatchAll(posts).Count(m => m is not null));
    }

    [Fact]
    public void Adding_an_id_twice_is_a_bug()
    {
        var finder = new NearDuplicateFinder();
        finder.Add(1, EnglishBatchNorm);

        Assert.Throws<ArgumentException>(() => finder.Add(1, RussianGradientBoosting));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.5)]
    public void Thresholds_outside_the_unit_interval_are_rejected(double threshold) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new NearDuplicateOptions { JaccardThreshold = threshold });

    public static TheoryData<string> Posts() => [.. LongPosts];

    private static DuplicateMatch?[] MatchAll(string[] posts)
    {
        var finder = new NearDuplicateFinder();
        return [.. posts.Select((post, i) => finder.Add(i, post))];
    }
}
