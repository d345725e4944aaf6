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
                    new TextField("text", Words(random, 12 + random.Next(30)) + OnlyIn(i), Field.Store.NO),
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

    public static TheoryData<string, bool, bool> TreesWithFiltersAndDeletions
    {
        get
        {
            var data = new TheoryData<string, bool, bool>();
            foreach (var name in Queries().Keys)
            {
                foreach (var filtered in new[] { false, true })
                {
                    data.Add(name, filtered, true);
                    data.Add(name, filtered, false);
                }
            }

            return data;
        }
    }

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

    [Theory]
    [MemberData(nameof(TreesWithFiltersAndDeletions))]
    public void Every_page_lists_lucenes_hits_in_lucenes_order(string name, bool filtered, bool deletions)
    {
        var tree = Queries()[name];
        var filter = filtered ? new SegmentBitsFilter(new TermQuery(new Term("kind", "quiz"))) : null;
        var pages = deletions ? searcher : new IndexSearcher(intact);

        var scores = pages.Search(tree, filter, reader.MaxDoc).ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);

        // The first page, a page deep down and the last one: at every rank the same document with the same score, or
        // one whose score differs from it only in the last bits (two documents of equal score summed in another order).
        foreach (var wanted in new[] { 10, 250, reader.MaxDoc })
        {
            var lucene = pages.Search(tree, filter, wanted);
            var termAtATime = pages.Search(new TermAtATimeQuery(tree), filter, wanted);

            Assert.Equal(lucene.TotalHits, termAtATime.TotalHits);
            Assert.Equal(lucene.ScoreDocs.Length, termAtATime.ScoreDocs.Length);
            Assert.All(lucene.ScoreDocs.Zip(termAtATime.ScoreDocs), pair =>
            {
                var tolerance = pair.First.Score * 1e-5;
                Assert.Equal(pair.First.Score, pair.Second.Score, tolerance);
                Assert.True(pair.First.Doc == pair.Second.Doc || Math.Abs(scores[pair.Second.Doc] - pair.First.Score) <= tolerance,
                    $"document {pair.Second.Doc} where Lucene ranks {pair.First.Doc}");
            });
        }
    }

    [Fact]
    public void A_phrase_bonus_lifts_a_document_into_the_first_page_as_in_lucene()
    {
        // Some hit of the first page ranks far lower by its words alone: the page must come out of the phrases' scores
        // too, not out of the words' alone.
        var tree = Queries()["every word required with phrase bonuses"];
        var firstPage = searcher.Search(new TermAtATimeQuery(tree), 10).ScoreDocs;
        var wordsAlone = searcher.Search(new TermAtATimeQuery((BooleanQuery)tree.Clauses[0].Query), reader.MaxDoc).ScoreDocs;

        Assert.Equal(searcher.Search(tree, 10).ScoreDocs.Select(d => d.Doc), firstPage.Select(d => d.Doc));
        Assert.Contains(firstPage, hit => Array.FindIndex(wordsAlone, d => d.Doc == hit.Doc) >= 10);
    }

    [Theory]
    [MemberData(nameof(Trees))]
    public void Later_searches_read_the_kept_postings_and_score_as_lucene(string name)
    {
        // The first search keeps the common terms, the second the rare ones; the third reads every term kept.
        var tree = Queries()[name];
        var lucene = searcher.Search(tree, null, reader.MaxDoc);

        foreach (var _ in Enumerable.Range(0, 3))
        {
            AssertSameHits(lucene, searcher.Search(new TermAtATimeQuery(tree), null, reader.MaxDoc));
        }
    }

    [Fact]
    public void A_rare_term_is_read_from_the_index_once_and_kept_from_its_second_reading_with_every_posting()
    {
        var term = new Term("text", "theta");
        var leaf = reader.Leaves.First(l => l.AtomicReader.DocFreq(term) is > 0 and < SegmentPostings.MinDocFreq).AtomicReader;
        var state = TermContext.Build(reader.Context, term).Get(reader.Leaves.First(l => l.AtomicReader == leaf).Ord);
        var segment = SegmentPostings.Of(leaf);

        var first = segment.Read(leaf, term, state, out var positioned);
        var second = segment.Read(leaf, term, state, out _);

        Assert.Null(first);
        Assert.NotNull(positioned);
        Assert.NotNull(second);
        var expected = new List<(int Doc, float Tf)>();
        var terms = leaf.GetTerms("text").GetEnumerator();
        Assert.True(terms.SeekExact(term.Bytes));
        var postings = terms.Docs(null, null, DocsFlags.FREQS); // deleted documents too: deletions are applied on top
        for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
        {
            expected.Add((doc, (float)Math.Sqrt(postings.Freq)));
        }

        Assert.Equal(expected, second.Docs.Zip(second.Tfs));
        Assert.Same(second, segment.Read(leaf, term, state, out _));
    }

    [Fact]
    public void A_common_terms_positions_are_kept_as_the_index_holds_them()
    {
        var term = new Term("text", "alpha");
        var context = reader.Leaves.First(l => l.AtomicReader.DocFreq(term) >= SegmentPostings.MinDocFreq);
        var leaf = context.AtomicReader;
        var segment = SegmentPostings.Of(leaf);

        segment.KeepPositions(leaf, term, TermContext.Build(reader.Context, term).Get(context.Ord), leaf.DocFreq(term));

        var kept = segment.KeptPositions(term);
        Assert.NotNull(kept);
        var terms = leaf.GetTerms("text").GetEnumerator();
        Assert.True(terms.SeekExact(term.Bytes));
        var postings = terms.DocsAndPositions(null, null, DocsAndPositionsFlags.NONE);
        var expected = new List<(int Doc, int[] Positions)>();
        for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
        {
            expected.Add((doc, Enumerable.Range(0, postings.Freq).Select(_ => postings.NextPosition()).ToArray()));
        }

        var actual = kept.Docs.Select((doc, i) => (Doc: doc, Positions: kept.Positions[kept.Starts[i]..kept.Starts[i + 1]])).ToList();
        Assert.Equal(expected.Select(e => e.Doc), actual.Select(a => a.Doc));
        Assert.All(expected.Zip(actual), pair => Assert.Equal(pair.First.Positions, pair.Second.Positions));
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
            ["four of five words with sloppy phrases"] = new()
            {
                {
                    new BooleanQuery
                    {
                        MinimumNumberShouldMatch = 4,
                        Clauses =
                        {
                            new BooleanClause(AnyField("alpha", "delta"), Occur.SHOULD),
                            new BooleanClause(AnyField("beta", "epsilon"), Occur.SHOULD),
                            new BooleanClause(AnyField("gamma", "zeta"), Occur.SHOULD),
                            new BooleanClause(AnyField("eta", "alpha"), Occur.SHOULD),
                            new BooleanClause(AnyField("theta", "gamma"), Occur.SHOULD),
                        },
                    },
                    Occur.MUST
                },
                { Phrase("title", 2, 6f, "alpha", "beta", "gamma"), Occur.SHOULD },
                { Phrase("text", 2, 2f, "gamma", "alpha", "beta", "alpha"), Occur.SHOULD },
            },
            ["phrases of a repeated word, a rare word and a gap"] = new()
            {
                { Term("text", "beta"), Occur.MUST },
                { Phrase("text", 2, 1f, "beta", "gamma", "beta"), Occur.SHOULD },
                { Phrase("text", 0, 1f, "alpha", "alpha"), Occur.SHOULD },
                { Gapped("text", 1, ("alpha", 0), ("delta", 2)), Occur.SHOULD },
                { Phrase("title", 1, 3f, "gamma", "epsilon"), Occur.SHOULD },
            },
            ["phrases of words only some segments hold"] = new()
            {
                { Term("text", "gamma"), Occur.SHOULD },
                { Phrase("text", 1, 1f, "gamma", "iota"), Occur.SHOULD },
                { Phrase("text", 0, 1f, "alpha", "kappa"), Occur.SHOULD },
                { Phrase("text", 2, 1f, "kappa", "beta", "iota"), Occur.SHOULD },
            },
            ["phrases of common words that seldom meet"] = new()
            {
                { Term("text", "lambda"), Occur.SHOULD },
                { Phrase("text", 1, 1f, "lambda", "mu"), Occur.SHOULD },
                { Phrase("text", 0, 1f, "mu", "lambda"), Occur.SHOULD },
                { Phrase("text", 2, 1f, "alpha", "lambda", "mu"), Occur.SHOULD },
            },
            ["a prohibited phrase"] = new()
            {
                { Term("text", "alpha"), Occur.SHOULD },
                { Term("title", "beta"), Occur.SHOULD },
                { Phrase("text", 0, 1f, "alpha", "beta", "gamma"), Occur.MUST_NOT },
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

    private static PhraseQuery Gapped(string field, int slop, params (string Word, int Position)[] words)
    {
        var phrase = new PhraseQuery { Slop = slop };
        foreach (var (word, position) in words)
        {
            phrase.Add(new Term(field, word), position);
        }

        return phrase;
    }

    // A word only the first segment holds and one only the others hold, so that a phrase's terms are missing in some;
    // two words in half the documents each that meet in few, so that a phrase has few documents to read.
    private static string OnlyIn(int doc) =>
        (doc < 1000 ? doc % 5 == 0 ? " iota" : "" : doc % 5 == 0 ? " kappa" : "")
        + (doc % 2 == 0 ? " lambda" : " mu") + (doc % 97 == 0 ? " lambda mu" : "");

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
