using Lucene.Net.Index;
using Lucene.Net.Search;
using Sobes.Core.Library.Terms;

namespace Sobes.Data.Search;

/// <summary>
/// Turns the user's words into a Lucene query without Lucene's query syntax, so no input can fail to parse.
/// Each distinct stem may match the title (boosted), the text or the tags; a query of three or more stems needs
/// about two thirds of them; the words as a phrase (small slop) add a bonus. A stem also matches its translations in the
/// bilingual term dictionary ("gradient" finds "градиент"), weighted well below the word itself so that matches in the
/// query's own language rank first.
/// </summary>
internal static class SearchQueryBuilder
{
    private const int PhraseSlop = 2;
    private const float PhraseBoost = 2f;
    private const float TranslationBoost = 0.2f;

    /// <summary>The query for <paramref name="words"/>, or null when no word survives analysis.</summary>
    public static BooleanQuery? ForWords(IReadOnlyList<AnalyzedWord> words)
    {
        var stems = words.Select(w => w.Stem).Distinct(StringComparer.Ordinal).ToList();
        if (stems.Count == 0)
        {
            return null;
        }

        if (stems.Count == 1 && words.Count == 1)
        {
            // The same scores as the general form below (a one-clause wrapper adds a factor of 1), one level of
            // boolean scoring less for the commonest search.
            return AnyField(stems[0]);
        }

        // When every stem must match (one or two stems), the stems are required clauses. Lucene scores optional clauses
        // that must all match as a conjunction anyway (BooleanScorer2 over a ConjunctionScorer, the same sum and a
        // coordination factor of 1), so the scores are the same to the bit; required clauses skip that counting wrapper.
        var minimum = MinimumToMatch(stems.Count);
        var everyOne = minimum == stems.Count;
        var terms = new BooleanQuery { MinimumNumberShouldMatch = everyOne ? 0 : minimum };
        foreach (var stem in stems)
        {
            terms.Add(AnyField(stem), everyOne ? Occur.MUST : Occur.SHOULD);
        }

        if (words.Count < 2)
        {
            return terms;
        }

        return new BooleanQuery
        {
            { terms, Occur.MUST },
            { Phrase(SearchFields.Title, words, PhraseBoost * SearchFields.TitleBoost), Occur.SHOULD },
            { Phrase(SearchFields.Text, words, PhraseBoost), Occur.SHOULD },
        };
    }

    /// <summary>
    /// Exact-term restrictions of <paramref name="filter"/>, or null when it restricts nothing. The filter hands Lucene a
    /// bit set per segment (cached while the segment lives), so scoring skips excluded documents in the postings
    /// instead of leap-frogging every candidate against the filter.
    /// </summary>
    public static Filter? ForFilter(SearchFilter? filter)
    {
        if (filter is null || filter.IsEmpty)
        {
            return null;
        }

        var all = new BooleanQuery();
        AddField(all, SearchFields.Kind, filter.Kinds);
        AddField(all, SearchFields.Topic, filter.Topics);
        AddField(all, SearchFields.Source, filter.Sources);
        if (filter.HideAds)
        {
            // A query of prohibitions alone matches nothing: every document, less the ads.
            all.Add(new MatchAllDocsQuery(), Occur.MUST);
            all.Add(new TermQuery(new Term(SearchFields.Kind, "ad")), Occur.MUST_NOT);
        }

        return new SegmentBitsFilter(all);
    }

    internal static int MinimumToMatch(int stems) => stems <= 2 ? stems : (int)Math.Ceiling(stems * 2 / 3.0);

    private static BooleanQuery AnyField(string stem)
    {
        var any = Fields([stem], 1f);
        foreach (var translation in BilingualTerms.Translations(stem))
        {
            any.Add(Fields(translation, TranslationBoost), Occur.SHOULD);
        }

        return any;
    }

    // The stem, or the stems of a translation in their order, in the title (boosted), the text or the tags.
    private static BooleanQuery Fields(IReadOnlyList<string> stems, float boost) => new()
    {
        { Match(SearchFields.Title, stems, SearchFields.TitleBoost * boost), Occur.SHOULD },
        { Match(SearchFields.Text, stems, boost), Occur.SHOULD },
        { Match(SearchFields.Tags, stems, SearchFields.TagsBoost * boost), Occur.SHOULD },
    };

    private static Query Match(string field, IReadOnlyList<string> stems, float boost)
    {
        if (stems.Count == 1)
        {
            return new TermQuery(new Term(field, stems[0])) { Boost = boost };
        }

        // Stop words are not indexed but keep their positions: "обучение с подкреплением" is a phrase with a gap.
        var phrase = new PhraseQuery { Boost = boost };
        for (var position = 0; position < stems.Count; position++)
        {
            if (!SearchText.IsStopWord(stems[position]))
            {
                phrase.Add(new Term(field, stems[position]), position);
            }
        }

        return phrase;
    }

    private static PhraseQuery Phrase(string field, IReadOnlyList<AnalyzedWord> words, float boost)
    {
        var phrase = new PhraseQuery { Slop = PhraseSlop, Boost = boost };
        var first = words[0].Position;
        foreach (var word in words)
        {
            phrase.Add(new Term(field, word.Stem), word.Position - first);
        }

        return phrase;
    }

    private static void AddField(BooleanQuery all, string field, IReadOnlyList<string>? values)
    {
        if (values is null || values.Count == 0)
        {
            return;
        }

        var any = new BooleanQuery();
        foreach (var value in values.Distinct(StringComparer.Ordinal))
        {
            any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        }

        all.Add(any, Occur.MUST);
    }
}
