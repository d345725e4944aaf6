using Sobes.Data.Search;
using static Sobes.Data.Tests.Search.SearchFixtures;

namespace Sobes.Data.Tests.Search;

/// <summary>Search across Russian and English through the bilingual term dictionary, on a real Lucene index.</summary>
public sealed class CrossLanguageSearchTests
{
    private static readonly SearchDocument[] Docs =
    [
        Doc(1, "Затухающий градиент", "В глубокой сети градиент уменьшается от слоя к слою, и первые слои почти не учатся."),
        Doc(2, "Why clip the gradient?", "Clipping the gradient norm keeps a single bad batch from blowing up the weights."),
        Doc(3, "Как заметить переобучение", "Ошибка на валидации растёт, пока ошибка на обучении падает: это переобучение."),
        Doc(4, "Overfitting in small datasets", "With few examples a flexible model memorises noise; overfitting shows as a widening gap."),
        Doc(5, "Обучение с подкреплением", "Агент получает награду за действия и учится стратегии."),
        Doc(6, "Weather report", "Sunny with light wind."),
    ];

    [Fact]
    public void An_english_word_finds_the_russian_term_ranked_below_english_matches()
    {
        using var index = Indexed(Docs);

        var found = index.Search(new SearchQuery("gradient", null)).Ids();

        Assert.Equal([2, 1], found);
    }

    [Fact]
    public void A_russian_word_finds_the_english_term_ranked_below_russian_matches()
    {
        using var index = Indexed(Docs);

        var found = index.Search(new SearchQuery("переобучение", null)).Ids();

        Assert.Equal([3, 4], found);
    }

    [Fact]
    public void Any_form_of_the_word_translates()
    {
        using var index = Indexed(Docs);

        Assert.Contains(1L, index.Search(new SearchQuery("gradients", null)).Ids());
        Assert.Contains(4L, index.Search(new SearchQuery("переобучения", null)).Ids());
    }

    [Fact]
    public void A_word_translates_into_a_phrase_whose_stop_word_the_index_left_out()
    {
        using var index = Indexed(Docs);

        Assert.Equal([5], index.Search(new SearchQuery("RL", null)).Ids());
    }

    [Fact]
    public void A_word_without_a_translation_finds_only_itself()
    {
        using var index = Indexed(Docs);

        Assert.Equal([6], index.Search(new SearchQuery("weather", null)).Ids());
    }
}
