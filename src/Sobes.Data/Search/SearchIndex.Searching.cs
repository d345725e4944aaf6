using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Sobes.Data.Search;

public sealed partial class SearchIndex
{
    private const int MaxPageSize = 1000;

    /// <summary>
    /// Finds documents whose title, text or hashtags contain forms of the query's words, best first; blank query
    /// text lists the documents the filter admits in id order. Never throws on odd user text.
    /// </summary>
    public SearchResults Search(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Skip);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Take);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Take, MaxPageSize);
        if (SearchQuery.Problem(query.Text, out var words) is { } problem)
        {
            throw new ArgumentException(problem, nameof(query));
        }

        var filter = SearchQueryBuilder.ForFilter(query.Filter);
        var stems = words.Select(w => w.Stem).ToHashSet(StringComparer.Ordinal);
        var wanted = (int)Math.Clamp((long)query.Skip + query.Take, 1, int.MaxValue);
        return WithSearcher(searcher =>
        {
            TopDocs top;
            if (string.IsNullOrWhiteSpace(query.Text))
            {
                top = searcher.Search(new MatchAllDocsQuery(), filter, wanted, new Sort(new SortField(SearchFields.IdOrder, SortFieldType.INT64)));
            }
            else if (SearchQueryBuilder.ForWords(words) is { } textQuery)
            {
                top = searcher.Search(new TermAtATimeQuery(textQuery), filter, wanted);
            }
            else
            {
                return new SearchResults(0, []);
            }

            var hits = top.ScoreDocs.Skip(query.Skip).Take(query.Take)
                .Select(d => ToHit(searcher.Doc(d.Doc), d.Score, stems))
                .ToList();
            return new SearchResults(top.TotalHits, hits);
        });
    }

    /// <summary>
    /// Documents most like document <paramref name="id"/> by the distinctive words of its title and text
    /// (as Lucene's MoreLikeThis picks them, see <see cref="DistinctiveTerms"/>), without the document itself; empty when the id is not indexed.
    /// </summary>
    public IReadOnlyList<SearchHit> Similar(long id, int limit = 10, SearchFilter? filter = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxPageSize);
        return WithSearcher<IReadOnlyList<SearchHit>>(searcher =>
        {
            var own = searcher.Search(new TermQuery(IdTerm(id)), 1);
            if (own.TotalHits == 0)
            {
                return [];
            }

            var query = DistinctiveTerms.Of(searcher.Doc(own.ScoreDocs[0].Doc), searcher.IndexReader, analyzer, [SearchFields.Title, SearchFields.Text]);
            var stems = query.Clauses.Select(c => ((TermQuery)c.Query).Term.Text).ToHashSet(StringComparer.Ordinal);
            // The document itself is left out inside the terms' own query: the same scores (a prohibited clause does not
            // count towards coord) without a required wrapper around them.
            query.Add(new TermQuery(IdTerm(id)), Occur.MUST_NOT);
            return searcher.Search(new TermAtATimeQuery(query), SearchQueryBuilder.ForFilter(filter), limit).ScoreDocs
                .Select(d => ToHit(searcher.Doc(d.Doc), d.Score, stems))
                .ToList();
        });
    }

    private static SearchHit ToHit(Document doc, float score, IReadOnlySet<string> stems) => new(
        long.Parse(doc.Get(SearchFields.Id), CultureInfo.InvariantCulture),
        float.IsNaN(score) ? 0f : score,
        doc.Get(SearchFields.Title) ?? "",
        doc.Get(SearchFields.Kind) ?? "",
        Snippets.Build(doc.Get(SearchFields.Text) ?? "", stems));
}
