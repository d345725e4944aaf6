using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Sobes.Data.Search;

namespace Sobes.Data.Tests.Search;

/// <summary>
/// Term-at-a-time scoring against Lucene's own boolean scorers on the same query trees, over an index of several
/// segments with deletions, where common terms pass the threshold for kept postings and rare ones do not.
/// </summary>
public sealed class TermAtATimeQueryTests : IDisposable
{
    private static readonly string[] Common = ["alpha", "beta", "gamma"];
    private static readonly string[] Rare = ["delta", "epsilon", "zeta", "eta", "theta"];

    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader intact;
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;

    public TermAtATimeQueryTests()
    {
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))
        {
            MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            var random = new Random(16);
            for (var i = 0; i < 3000; i++)
            {
                writer.AddDocument(new Document
                {
                    new StringField("id", i.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES),
                    new StringField("kind", i % 3 == 0 ? "quiz" : "note", Field.Store.NO),
                    new TextField("title", Words(random, 3), Field.Store.NO),
                    new TextField("text", Words(random, 12 + random.Next(30)), Field.Store.NO),
                });
                if (i % 1000 == 999)
                {
                    writer.Commit();
                }
            }

            intact = DirectoryReader.Open(directory);
            for (var i = 0; i < 3000; i += 7)
            {
                writer.DeleteDocuments(new Term("id", i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader);
    }

    public static TheoryData<string> Trees => new(Queries().Keys);

    public static TheoryData<string, bool> TreesWithAndWithoutDeletions
    {
        get
        {
            var data = new TheoryData<string, bool>();
            foreach (var name in Queries().Keys)
            {
                data.Add(name, true);
                data.Add(name, false);
            }

            return data;
        }
    }

    [Fact]
    public void The_index_has_several_segments_with_deletions_and_terms_on_both_sides_of_the_kept_postings_threshold()
    {
        Assert.True(reader.Leaves.Count >= 3);
        Assert.True(reader.HasDeletions);
        Assert.Contains(reader.Leaves, leaf => leaf.AtomicReader.DocFreq(new Term("text", "alpha")) >= SegmentPostings.MinDocFreq);
        Assert.Contains(reader.Leaves, leaf => leaf.AtomicReader.DocFreq(new Term("text", "theta")) is > 0 and < SegmentPostings.MinDocFreq);
    }

    [Theory]
    [MemberData(nameof(Trees))]
    public void Scores_and_matches_are_lucenes_own_for_the_same_tree(string name)
    {
        var tree = Queries()[name];

        AssertSameHits(searcher.Search(tree, null, reader.MaxDoc), searcher.Search(new TermAtATimeQuery(tree), null, reader.MaxDoc));
    }

    [Theory]
    [MemberData(nameof(TreesWithAndWithoutDeletions))]
    public void A_filter_admits_the_same_hits_with_the_same_scores(string name, bool deletions)
    {
        var tree = Queries()[name];
        var quizzes = new SegmentBitsFilter(new TermQuery(new Term("kind", "quiz")));
        var filtered = deletions ? searcher : new IndexSearcher(intact);

        AssertSameHits(filtered.Search(tree, quizzes, reader.MaxDoc), filtered.Search(new TermAtATimeQuery(tree), quizzes, reader.MaxDoc));
    }

    [Fact]
    public void A_second_search_reads_the_kept_postings_and_scores_the_same()
    {
        var tree = Queries()["nested fields with a translation"];
        var first = searcher.Search(new TermAtATimeQuery(tree), null, reader.MaxDoc);

        AssertSameHits(first, searcher.Search(new TermAtATimeQuery(tree), null, reader.MaxDoc));
    }

    [Fact]
    public void The_explanation_is_lucenes_and_gives_the_hits_score()
    {
        var query = new TermAtATimeQuery(Queries()["nested fields with a translation"]);
        var top = searcher.Search(query, 1).ScoreDocs[0];

        var explanation = searcher.Explain(query, top.Doc);

        Assert.True(explanation.IsMatch);
        Assert.Equal(top.Score, explanation.Value, top.Score * 1e-5);
    }

    [Fact]
    public void A_one_clause_tree_rewrites_to_its_clause()
    {
        var only = new BooleanQuery { { Term("text", "alpha"), Occur.SHOULD } };

        Assert.IsType<TermQuery>(new TermAtATimeQuery(only).Rewrite(reader));
    }

    public void Dispose()
    {
        reader.Dispose();
        intact.Dispose();
        directory.Dispose();
    }

    private static Dictionary<string, BooleanQuery> Queries()
    {
        BooleanQuery Fields(string word, float boost) => new()
        {
            { Term("title", word, 3f * boost), Occur.SHOULD },
            { Term("text", word, boost), Occur.SHOULD },
        };

        BooleanQuery AnyField(string word, string translation)
        {
            var any = Fields(word, 1f);
            any.Add(Fields(translation, 0.2f), Occur.SHOULD);
            return any;
        }

        return new Dictionary<string, BooleanQuery>(StringComparer.Ordinal)
        {
            ["nested fields with a translation"] = AnyField("alpha", "delta"),
            ["every word required with phrase bonuses"] = new()
            {
                { new BooleanQuery { { AnyField("beta", "epsilon"), Occur.MUST }, { AnyField("gamma", "zeta"), Occur.MUST } }, Occur.MUST },
                { Phrase("text", 0, 1f, "beta", "gamma"), Occur.SHOULD },
                { Phrase("title", 2, 2f, "beta", "gamma"), Occur.SHOULD },
            },
            ["two of three words"] = new()
            {
                MinimumNumberShouldMatch = 2,
                Clauses =
                {
                    new BooleanClause(AnyField("alpha", "theta"), Occur.SHOULD),
                    new BooleanClause(AnyField("eta", "beta"), Occur.SHOULD),
                    new BooleanClause(AnyField("zeta", "gamma"), Occur.SHOULD),
                },
            },
            ["a prohibited word"] = new()
            {
                { Term("text", "alpha"), Occur.SHOULD },
                { Term("text", "epsilon"), Occur.SHOULD },
                { Term("title", "gamma"), Occur.MUST_NOT },
            },
            ["coordination disabled"] = new(disableCoord: true)
            {
                { Term("text", "beta"), Occur.SHOULD },
                { Term("title", "theta"), Occur.SHOULD },
            },
            ["a term no document has"] = new()
            {
                { Term("text", "alpha"), Occur.MUST },
                { Term("text", "omega"), Occur.SHOULD },
            },
        };
    }

    private static TermQuery Term(string field, string text, float boost = 1f) => new(new Term(field, text)) { Boost = boost };

    private static PhraseQuery Phrase(string field, int slop, float boost, params string[] words)
    {
        var phrase = new PhraseQuery { Slop = slop, Boost = boost };
        foreach (var word in words)
        {
            phrase.Add(new Term(field, word));
        }

        return phrase;
    }

    private static string Words(Random random, int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ =>
        random.Next(40) == 0 ? Rare[random.Next(Rare.Length)] : Common[random.Next(Common.Length)]));

    private static void AssertSameHits(TopDocs lucene, TopDocs termAtATime)
    {
        Assert.True(lucene.TotalHits > 0);
        Assert.Equal(lucene.TotalHits, termAtATime.TotalHits);
        var expected = lucene.ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);
        var actual = termAtATime.ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        Assert.All(expected, hit => Assert.Equal(hit.Value, actual[hit.Key], hit.Value * 1e-5));
    }
}
