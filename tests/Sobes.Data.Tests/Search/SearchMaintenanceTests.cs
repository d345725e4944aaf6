using Sobes.Data.Search;
using static Sobes.Data.Tests.Search.SearchFixtures;

namespace Sobes.Data.Tests.Search;

public sealed class SearchMaintenanceTests
{
    [Fact]
    public void Similar_returns_the_near_topic_document_first_and_not_itself()
    {
        using var index = Indexed();
        var similar = index.Similar(5);
        Assert.Equal(8, similar[0].Id);
        Assert.DoesNotContain(similar, h => h.Id == 5);
    }

    [Fact]
    public void Similar_works_for_russian_and_respects_the_filter()
    {
        using var index = Indexed();
        Assert.Equal(2, index.Similar(1)[0].Id);
        Assert.All(index.Similar(1, filter: new SearchFilter(null, ["deep-learning"], null)), h => Assert.Equal(3, h.Id));
    }

    [Fact]
    public void Similar_of_an_unknown_id_is_empty()
    {
        using var index = Indexed();
        Assert.Empty(index.Similar(999));
    }

    [Fact]
    public void Upsert_replaces_a_document_with_the_same_id()
    {
        using var index = Indexed();
        index.Upsert([Doc(4, "Dropout", "Randomly zeroes activations during training.")]);
        Assert.Equal(8, index.Count);
        Assert.Equal(0, index.Search(new SearchQuery("regularization", null)).Total);
        Assert.Equal([4], index.Search(new SearchQuery("dropout activations", null)).Ids());
    }

    [Fact]
    public void Delete_removes_documents()
    {
        using var index = Indexed();
        index.Delete([1, 2, 404]);
        Assert.Equal(6, index.Count);
        Assert.Equal([3], index.Search(new SearchQuery("переобучение", null)).Ids());
    }

    [Fact]
    public void Clear_empties_the_index_and_forgets_the_stamp()
    {
        using var index = Indexed();
        index.SetStamp("v1");
        index.Clear();
        Assert.Equal(0, index.Count);
        Assert.Null(index.Stamp);
    }

    [Fact]
    public void Stamp_and_documents_persist_across_reopening_a_folder_index()
    {
        var folder = Path.Combine(Path.GetTempPath(), "sobes-search-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var index = SearchIndex.Open(folder))
            {
                Assert.Null(index.Stamp);
                index.Upsert(Corpus);
                index.SetStamp("db-42");
                index.Upsert([Doc(100, "Новое", "Ещё одно переобучение.")]);
            }

            using var reopened = SearchIndex.Open(folder);
            Assert.Equal("db-42", reopened.Stamp);
            Assert.Equal(9, reopened.Count);
            Assert.Equal([1, 2, 3, 100], reopened.Search(new SearchQuery("переобучение", null)).Ids().Order());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Staged_documents_are_searchable_and_durable_after_the_stamp_commit()
    {
        var folder = Path.Combine(Path.GetTempPath(), "sobes-search-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var index = SearchIndex.Open(folder))
            {
                index.Stage(Corpus.Take(4));
                index.Stage(Corpus.Skip(4));
                Assert.Equal(0, index.Count);
                index.SetStamp("db-7");
                Assert.Equal(8, index.Count);
            }

            using var reopened = SearchIndex.Open(folder);
            Assert.Equal("db-7", reopened.Stamp);
            Assert.Equal([1, 2, 3], reopened.Search(new SearchQuery("переобучение", null)).Ids().Order());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
