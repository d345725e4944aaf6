using Sobes.Data.Search;
using static Sobes.Data.Tests.Search.SearchFixtures;

namespace Sobes.Data.Tests.Search;

public sealed class SearchFilterTests
{
    [Fact]
    public void Kind_filter_keeps_only_that_kind()
    {
        using var index = Indexed();
        var found = index.Search(new SearchQuery("переобучение", new SearchFilter(["note"], null, null))).Ids();
        Assert.Equal([2], found);
    }

    [Fact]
    public void Topic_filter_restricts_a_text_query()
    {
        using var index = Indexed();
        var found = index.Search(new SearchQuery("переобучение", new SearchFilter(null, ["deep-learning"], null))).Ids();
        Assert.Equal([3], found);
    }

    [Fact]
    public void Several_sources_are_alternatives()
    {
        using var index = Indexed();
        var found = index.Search(new SearchQuery("", new SearchFilter(null, null, ["quiz-site", "ds-notes"]))).Ids();
        Assert.Equal([2, 6, 7], found);
    }

    [Fact]
    public void Fields_of_a_filter_must_all_match()
    {
        using var index = Indexed();
        var filter = new SearchFilter(["question"], ["ensembles"], ["ds-notes", "en-blog"]);
        Assert.Equal([6, 8], index.Search(new SearchQuery("", filter)).Ids());
    }

    [Fact]
    public void Empty_query_with_a_filter_lists_matching_documents_in_id_order()
    {
        using var index = Indexed();
        var results = index.Search(new SearchQuery("", new SearchFilter(null, ["ensembles"], null)));
        Assert.Equal(3, results.Total);
        Assert.Equal([5, 6, 8], results.Ids());
    }

    [Fact]
    public void Filter_values_are_exact_terms()
    {
        using var index = Indexed();
        Assert.Equal(0, index.Search(new SearchQuery("", new SearchFilter(["Note"], null, null))).Total);
    }

    [Fact]
    public void The_same_filter_again_sees_documents_changed_since_the_last_search()
    {
        using var index = Indexed();
        var ensembles = new SearchFilter(null, ["ensembles"], null);
        Assert.Equal([5, 6, 8], index.Search(new SearchQuery("boosting", ensembles)).Ids().Order());

        index.Upsert([Doc(5, "Gradient boosting", "Boosting fits residual errors.", topics: ["metrics"]), Doc(9, "Boosting rounds", "How many boosting rounds to run.", topics: ["ensembles"])]);
        index.Delete([8]);

        Assert.Equal([6, 9], index.Search(new SearchQuery("boosting", ensembles)).Ids().Order());
        Assert.Equal([5], index.Search(new SearchQuery("boosting", new SearchFilter(null, ["metrics"], null))).Ids());
    }
}
