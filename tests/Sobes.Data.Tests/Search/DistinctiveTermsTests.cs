using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Sobes.Data.Search;
using static Sobes.Data.Tests.Search.SearchFixtures;

namespace Sobes.Data.Tests.Search;

/// <summary>The words that find similar items, against the choice Lucene's MoreLikeThis makes with the same settings.</summary>
public sealed class DistinctiveTermsTests
{
    [Fact]
    public void Each_document_gives_the_words_and_fields_more_like_this_gives()
    {
        using var analyzer = new StemmingAnalyzer();
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)))
        {
            var documents = new LuceneDocuments();
            foreach (var doc in Corpus)
            {
                writer.AddDocument(documents.From(doc));
            }
        }

        using var reader = DirectoryReader.Open(directory);
        string[] fields = ["title", "text"];
        var like = new MoreLikeThis(reader)
        {
            Analyzer = analyzer,
            FieldNames = fields,
            MinTermFreq = 1,
            MinDocFreq = 1,
            MinWordLen = 2,
            MaxQueryTerms = DistinctiveTerms.MaxTerms,
        };

        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            var expected = Terms((BooleanQuery)like.Like(doc));

            var actual = Terms(DistinctiveTerms.Of(reader.Document(doc), reader, analyzer, fields));

            Assert.True(expected.Count is > 0 and < DistinctiveTerms.MaxTerms, "the fixtures' documents have fewer distinct words than the cut-off, so ties do not decide");
            Assert.Equal(expected.Order(), actual.Order());
        }
    }

    private static List<string> Terms(BooleanQuery query) =>
        query.Clauses.Select(c => ((TermQuery)c.Query).Term.ToString()).ToList();
}
