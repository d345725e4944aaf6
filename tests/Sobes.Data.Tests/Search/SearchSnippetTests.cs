using Sobes.Data.Search;
using static Sobes.Data.Tests.Search.SearchFixtures;

namespace Sobes.Data.Tests.Search;

public sealed class SearchSnippetTests
{
    [Fact]
    public void Snippet_highlights_morphological_matches()
    {
        using var index = Indexed();
        var hit = index.Search(new SearchQuery("переобучение", new SearchFilter(["note"], null, null))).Hits.Single();
        Assert.Equal("Ошибка на обучении падает, а на валидации растёт: так выглядят признаки [[переобучения]].", hit.Snippet);
    }

    [Fact]
    public void Snippet_highlights_every_query_word_in_its_own_form()
    {
        using var index = Indexed();
        var hit = index.Search(new SearchQuery("переобучение сети", new SearchFilter(null, ["deep-learning"], null))).Hits.Single();
        Assert.Equal("Большая [[сеть]] без dropout легко может [[переобучиться]] на маленьком датасете.", hit.Snippet);
    }

    [Fact]
    public void Long_text_is_cut_around_the_match_with_ellipses()
    {
        var before = string.Join(' ', Enumerable.Repeat("alpha beta gamma delta", 40));
        var after = string.Join(' ', Enumerable.Repeat("epsilon zeta eta theta", 40));
        using var index = Indexed([Doc(1, "Long", before + " the regularization term " + after)]);
        var snippet = index.Search(new SearchQuery("regularize", null)).Hits.Single().Snippet;
        Assert.StartsWith("…", snippet);
        Assert.EndsWith("…", snippet);
        Assert.Contains("the [[regularization]] term", snippet);
        Assert.InRange(snippet.Length, 100, Snippets.MaxLength + 10);
    }

    [Fact]
    public void Snippet_prefers_the_passage_with_more_distinct_query_words()
    {
        var filler = string.Join(' ', Enumerable.Repeat("lorem ipsum dolor sit amet", 20));
        using var index = Indexed([Doc(1, "T", "bias here. " + filler + " bias and variance together. " + filler)]);
        var snippet = index.Search(new SearchQuery("bias variance", null)).Hits.Single().Snippet;
        Assert.Contains("[[bias]] and [[variance]] together", snippet);
    }

    [Fact]
    public void Whitespace_is_collapsed_and_literal_markers_are_broken_up()
    {
        using var index = Indexed([Doc(1, "T", "Массив [[1, 2]]\n\n  и   переобучение [x]")]);
        var snippet = index.Search(new SearchQuery("переобучение", null)).Hits.Single().Snippet;
        Assert.Equal("Массив [ [1, 2] ] и [[переобучение]] [x]", snippet);
    }

    [Fact]
    public void Listing_snippet_is_the_start_of_the_text()
    {
        using var index = Indexed();
        var hit = index.Search(new SearchQuery("", new SearchFilter(["quiz"], null, null))).Hits.Single();
        Assert.Equal("Какая метрика не зависит от порога классификации? ROC AUC, log loss, accuracy.", hit.Snippet);
        Assert.Equal("Квиз: метрика ROC AUC", hit.Title);
        Assert.Equal("quiz", hit.Kind);
    }

    [Theory]
    [InlineData("The skies were dying and lying; tying flies studies happily, generously ugly early only news")]
    [InlineData("Regularise the regularisation: a regularised model regularizes; cries, cried, crying, agreed")]
    [InlineData("Переобучиться, переобучение, переобучения; ёлка и елки, её ая ею; Модели модель моделью")]
    [InlineData("l2 f1-score ReLU-сети 3d x y z я а в и к о с у")]
    [InlineData("Ёлки и ёжики: ЁЛКА, Über école; МОДЕЛЬ и Модели, The model and THE MODELS, ́ударение")]
    public void Snippet_words_are_found_as_the_full_analysis_finds_them(string text)
    {
        var all = SearchText.Analyze(text);
        foreach (var stems in all.Select(w => w.Stem).Distinct().Select(s => new HashSet<string> { s }).Append(all.Select(w => w.Stem).ToHashSet()))
        {
            Assert.Equal(all.Where(w => stems.Contains(w.Stem)), SearchText.Matching(text, stems));
        }
    }

    [Fact]
    public void A_match_deep_in_a_long_text_is_shown_highlighted()
    {
        var filler = string.Join(' ', Enumerable.Repeat("alpha beta gamma delta", 5_000));
        using var index = Indexed([Doc(1, "Long", filler + " модели переобучаются " + filler)]);
        var snippet = index.Search(new SearchQuery("переобучение модель", null)).Hits.Single().Snippet;
        Assert.Contains("[[модели]] [[переобучаются]]", snippet);
        Assert.StartsWith("…", snippet);
        Assert.EndsWith("…", snippet);
    }
}
