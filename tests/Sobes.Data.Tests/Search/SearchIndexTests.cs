using Sobes.Data.Search;
using static Sobes.Data.Tests.Search.SearchFixtures;

namespace Sobes.Data.Tests.Search;

public sealed class SearchIndexTests
{
    [Fact]
    public void Russian_query_finds_other_forms_of_the_word()
    {
        using var index = Indexed();
        var found = index.Search(new SearchQuery("переобучение", null)).Ids();
        Assert.Equal([1, 2, 3], found.Order());
    }

    [Fact]
    public void English_query_finds_the_derived_noun()
    {
        using var index = Indexed();
        Assert.Equal([4], index.Search(new SearchQuery("regularize", null)).Ids());
    }

    [Fact]
    public void Title_match_outranks_a_single_mention_in_a_long_text()
    {
        var filler = string.Join(' ', Enumerable.Repeat("Длинное рассуждение о данных, признаках и моделях.", 30));
        using var index = Indexed(
        [
            Doc(10, "Заметка о моделях", filler + " Упомянем и кросс-валидацию. " + filler),
            Doc(11, "Кросс-валидация", "Коротко о разбиении на фолды."),
        ]);
        Assert.Equal([11, 10], index.Search(new SearchQuery("валидация", null)).Ids());
    }

    [Fact]
    public void Multi_word_query_needs_most_of_its_words()
    {
        using var index = Indexed();
        var found = index.Search(new SearchQuery("boosting residual trees ensemble", null)).Ids();
        Assert.Equal([5, 8], found.Order());
    }

    [Fact]
    public void A_two_word_query_needs_both_words_and_ranks_the_closer_pair_first()
    {
        using var index = Indexed(
        [
            Doc(40, "Note", "gradient descent moves the weights; much later, in another part, boosting is mentioned"),
            Doc(41, "Note", "gradient boosting builds trees one after another"),
            Doc(42, "Note", "boosting alone, without the other word"),
            Doc(43, "Note", "gradient alone, without the other word"),
        ]);
        Assert.Equal([41, 40], index.Search(new SearchQuery("gradient boosting", null)).Ids());
    }

    [Fact]
    public void Phrase_order_ranks_first()
    {
        using var index = Indexed(
        [
            Doc(20, "Note", "learning rate and weight of the tree in boosting"),
            Doc(21, "Note", "the tree weight and the learning rate in boosting"),
        ]);
        Assert.Equal(21, index.Search(new SearchQuery("tree weight", null)).Hits[0].Id);
    }

    [Fact]
    public void Hashtags_are_searchable()
    {
        using var index = Indexed([Doc(30, "Untitled", "Nothing here.", hashtags: ["#dropout"])]);
        Assert.Equal([30], index.Search(new SearchQuery("dropout", null)).Ids());
    }

    [Theory]
    [InlineData("C++ \"AND\" (")]
    [InlineData("title:*? ~1 ^2 [a TO b] {}")]
    [InlineData("\\ / ! -- && || :")]
    [InlineData("и или не")]
    [InlineData("   ")]
    public void Odd_query_text_does_not_throw(string text)
    {
        using var index = Indexed();
        var results = index.Search(new SearchQuery(text, null));
        Assert.True(results.Total >= 0);
    }

    [Fact]
    public void Query_of_stop_words_only_finds_nothing()
    {
        using var index = Indexed();
        Assert.Equal(0, index.Search(new SearchQuery("и не the of", null)).Total);
    }

    [Fact]
    public void Paging_skips_and_takes_and_reports_the_total()
    {
        using var index = Indexed();
        var all = index.Search(new SearchQuery("", null, Take: 100)).Ids();
        var page = index.Search(new SearchQuery("", null, Skip: 2, Take: 3));
        Assert.Equal(8, page.Total);
        Assert.Equal(all.Skip(2).Take(3), page.Ids());
    }

    [Fact]
    public void Paging_far_past_the_end_returns_no_hits_but_the_total()
    {
        using var index = Indexed();
        var page = index.Search(new SearchQuery("переобучение", null, Skip: int.MaxValue - 5, Take: 20));
        Assert.Equal(3, page.Total);
        Assert.Empty(page.Hits);
    }
}
