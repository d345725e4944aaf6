using Sobes.Core.Library.Duplicates;

namespace Sobes.Core.Tests.Library.Duplicates;

public sealed class TextFingerprintTests
{
    [Fact]
    public void Texts_equal_after_normalisation_share_the_exact_hash()
    {
        var a = TextFingerprint.Create("Что такое переобучение?");
        var b = TextFingerprint.Create("ЧТО такое — переобучение!!! 🤔");

        Assert.Equal(a.ExactHash, b.ExactHash);
        Assert.True(a.Shingles.SequenceEqual(b.Shingles));
    }

    [Fact]
    public void Word_order_changes_the_exact_hash() =>
        Assert.NotEqual(
            TextFingerprint.Create("bias variance tradeoff").ExactHash,
            TextFingerprint.Create("variance bias tradeoff").ExactHash);

    [Theory]
    [InlineData("overfitting", 1, 1)]
    [InlineData("what is overfitting", 2, 2)]
    [InlineData("what is overfitting and how to fight it", 3, 6)]
    public void Shingle_size_falls_back_for_short_texts(string text, int size, int shingles)
    {
        var fingerprint = TextFingerprint.Create(text);

        Assert.Equal(size, fingerprint.ShingleSize);
        Assert.Equal(shingles, fingerprint.ShingleCount);
    }

    [Fact]
    public void Shingles_are_sorted_and_distinct()
    {
        var fingerprint = TextFingerprint.Create("to be or not to be or not to be");

        ulong[] shingles = fingerprint.Shingles.ToArray();
        Assert.Equal(shingles.Order().Distinct(), shingles);
        Assert.Equal(4, shingles.Length);
    }

    [Fact]
    public void A_text_of_only_emoji_and_punctuation_is_empty()
    {
        var fingerprint = TextFingerprint.Create("🔥🔥🔥 — !!!");

        Assert.True(fingerprint.IsEmpty);
        Assert.Equal(0, fingerprint.WordCount);
    }

    [Fact]
    public void Three_word_texts_compare_by_bigrams()
    {
        var same = ShingleOverlap.Of(TextFingerprint.Create("What is dropout?"), TextFingerprint.Create("what is DROPOUT"));
        var other = ShingleOverlap.Of(TextFingerprint.Create("What is dropout?"), TextFingerprint.Create("What is boosting?"));

        Assert.Equal(1.0, same.Jaccard);
        Assert.Equal(1.0 / 3, other.Jaccard, 9);
    }

    [Fact]
    public void A_truncated_copy_keeps_the_originals_leading_anchors()
    {
        var original = TextFingerprint.Create(DuplicateFixtures.RussianRegularisation);
        var truncated = TextFingerprint.Create(DuplicateFixtures.FirstWords(DuplicateFixtures.RussianRegularisation, 0.4));

        int shared = truncated.Anchors.Intersect(original.Anchors).Count();
        Assert.True(shared >= truncated.Anchors.Length - 1, $"{shared} of {truncated.Anchors.Length} anchors shared");
    }
}
