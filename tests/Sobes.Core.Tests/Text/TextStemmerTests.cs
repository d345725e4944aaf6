using Sobes.Core.Text;

namespace Sobes.Core.Tests.Text;

public sealed class TextStemmerTests
{
    [Fact]
    public void Tokens_are_lower_case_words_of_both_scripts()
    {
        var tokens = TextStemmer.Tokens("Ёлка, L2-регуляризация и k-means (F1=0.9) — C++!");
        Assert.Equal(["елка", "l2", "регуляризация", "и", "k", "means", "f1", "0", "9", "c"], tokens);
    }

    [Fact]
    public void Stress_marks_are_dropped_from_tokens()
    {
        Assert.Equal(["переобучение"], TextStemmer.Tokens("переобуче\u0301ние"));
    }

    [Fact]
    public void Word_spans_point_at_the_words()
    {
        const string text = "  Bias/variance, смещение ";
        var words = TextStemmer.WordSpans(text).Select(s => text.Substring(s.Start, s.Length));
        Assert.Equal(["Bias", "variance", "смещение"], words);
    }

    [Fact]
    public void Empty_and_punctuation_only_text_has_no_tokens()
    {
        Assert.Empty(TextStemmer.Tokens(""));
        Assert.Empty(TextStemmer.Stems(" ... —— !!! "));
    }

    [Theory]
    [InlineData("переобучение", "переобучения")]
    [InlineData("переобучение", "переобучиться")]
    [InlineData("переобучение", "переобученная")]
    [InlineData("переобучение", "переобучать")]
    [InlineData("регуляризация", "регуляризовать")]
    [InlineData("тестирование", "тестировать")]
    [InlineData("оптимизация", "оптимизировать")]
    [InlineData("изменение", "изменять")]
    [InlineData("решение", "решить")]
    [InlineData("смещённый", "смещение")]
    [InlineData("модель", "модели")]
    [InlineData("regularize", "regularization")]
    [InlineData("regularize", "regularised")]
    [InlineData("regularisation", "regularization")]
    [InlineData("normalise", "normalized")]
    [InlineData("optimizer", "optimisation")]
    [InlineData("supervised", "supervision")]
    [InlineData("trees", "tree")]
    [InlineData("Running", "run")]
    public void Related_forms_share_a_stem(string a, string b)
    {
        Assert.Equal(TextStemmer.Stem(a), TextStemmer.Stem(b));
    }

    [Theory]
    [InlineData("переобучение", "обучение")]
    [InlineData("регрессия", "регуляризация")]
    [InlineData("член", "чем")]
    [InlineData("precise", "promise")]
    [InlineData("regularize", "realize")]
    [InlineData("boosting", "bagging")]
    public void Different_words_keep_different_stems(string a, string b)
    {
        Assert.NotEqual(TextStemmer.Stem(a), TextStemmer.Stem(b));
    }

    [Theory]
    [InlineData("l2", "l2")]
    [InlineData("F1", "f1")]
    [InlineData("gpt4o", "gpt4o")]
    [InlineData("2024", "2024")]
    [InlineData("λ", "λ")]
    public void Words_with_digits_or_other_scripts_are_not_stemmed(string token, string expected)
    {
        Assert.Equal(expected, TextStemmer.Stem(token));
    }

    [Fact]
    public void Stems_of_a_text_follow_its_words()
    {
        Assert.Equal(
            [TextStemmer.Stem("градиентный"), TextStemmer.Stem("бустинг"), "l2", TextStemmer.Stem("regularization")],
            TextStemmer.Stems("Градиентный бустинг, L2 regularization"));
    }

    [Fact]
    public void Stemming_gives_the_same_answer_on_many_threads()
    {
        string[] words = ["переобучение", "регуляризация", "regularization", "optimizers", "деревья", "boosting"];
        var expected = words.Select(TextStemmer.Stem).ToArray();
        var results = new string[64][];
        Parallel.For(0, results.Length, i => results[i] = words.Select(TextStemmer.Stem).ToArray());
        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
