using System.Runtime.InteropServices;
using Sobes.Core.Library.Terms;
using Sobes.Core.Text;

namespace Sobes.Core.Library;

/// <summary>
/// Tags a text with taxonomy topics by weighted evidence, so that the first topic is the main one. Evidence, strongest
/// first: the section headings the format puts the post under (the innermost most), hashtags, the item's own title,
/// the words of its body (each term counted up to three times). A specific term (from <see cref="Taxonomy"/> or the
/// <see cref="BilingualTerms"/>) weighs twice a common one. The title of the document or channel the post stands in
/// is never evidence on its own: it only adds to topics something else found.
/// </summary>
public static class TopicTagger
{
    private const int MaxTopics = 3;
    private const int StrongUnits = 2;
    private const int WeakUnits = 1;
    private const int BodyFactor = 1;
    private const int TitleFactor = 2;
    private const int HashtagFactor = 3;
    private const int OuterSectionFactor = 2;
    private const int SectionFactor = 4;
    private const int DocumentFactor = 1;
    private const int NamedTopicUnits = 3;
    private const int BodyRepeats = 3;

    // The least a topic needs: one specific term, or a common word twice. A second or third topic needs a quarter of the first's score.
    private const int MinScore = 2;
    private const int SecondaryShare = 4;

    private static readonly Lazy<PhraseTable> Table = new(PhraseTable.Build);

    // The stems of the text being scored and the counts of the phrases it matched, reused by each call on a thread.
    [ThreadStatic]
    private static List<string>? textStems;

    [ThreadStatic]
    private static int[]? phraseCounts;

    [ThreadStatic]
    private static List<int>? countedPhrases;

    /// <summary>Up to three topic slugs, most strongly matched first.</summary>
    public static IReadOnlyList<string> Tag(string text, IEnumerable<string> hashtags, IEnumerable<string> topicHints) =>
        Tag("", text, hashtags, topicHints, null);

    /// <summary>
    /// Up to three topic slugs for an item with this title and body, hashtags, enclosing section headings (outermost
    /// first) and the title of its document or channel, most strongly matched first.
    /// </summary>
    public static IReadOnlyList<string> Tag(string title, string? body, IEnumerable<string> hashtags, IEnumerable<string> topicHints, string? documentTitle)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(hashtags);
        ArgumentNullException.ThrowIfNull(topicHints);
        var scores = new int[Taxonomy.Topics.Count];
        Score(title, scores, TitleFactor, 1);
        if (body is not null)
        {
            Score(body, scores, BodyFactor, BodyRepeats);
        }

        foreach (var tag in hashtags)
        {
            ScoreNamed(tag.Replace('_', ' '), scores, HashtagFactor);
        }

        var hints = topicHints as IReadOnlyList<string> ?? topicHints.ToList();
        for (var i = 0; i < hints.Count; i++)
        {
            ScoreNamed(hints[i], scores, i == hints.Count - 1 ? SectionFactor : OuterSectionFactor);
        }

        if (!string.IsNullOrWhiteSpace(documentTitle))
        {
            var supporting = new int[scores.Length];
            Score(documentTitle, supporting, DocumentFactor, 1);
            for (var t = 0; t < scores.Length; t++)
            {
                scores[t] += scores[t] > 0 ? supporting[t] : 0;
            }
        }

        return Strongest(scores);
    }

    /// <summary>
    /// The topic term a text mentions most, as the taxonomy or the dictionary writes it ("кросс-валидация"); a specific
    /// term before a common one, on a tie the one mentioned first; null when it mentions none.
    /// </summary>
    internal static string? MainPhrase(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var table = Table.Value;
        var list = new List<string>();
        TextStemmer.AddStems(text, list);
        var stems = CollectionsMarshal.AsSpan(list);
        var counts = new Dictionary<Phrase, int>();
        var order = new List<Phrase>();
        for (var i = 0; i < stems.Length; i++)
        {
            if (!table.ByFirstStem.TryGetValue(stems[i], out var candidates))
            {
                continue;
            }

            foreach (var phrase in candidates)
            {
                if (Matches(stems, i, phrase.Stems))
                {
                    if (!counts.TryAdd(phrase, 1))
                    {
                        counts[phrase]++;
                    }
                    else
                    {
                        order.Add(phrase);
                    }
                }
            }
        }

        return order.OrderByDescending(p => counts[p] * p.Units).FirstOrDefault()?.Text;
    }

    // A hashtag or a heading that names a topic ("Deep learning", "sql") counts as a strong term thrice; any other is scored by its words.
    private static void ScoreNamed(string name, int[] scores, int factor)
    {
        var trimmed = name.Trim();
        for (var t = 0; t < Taxonomy.Topics.Count; t++)
        {
            var topic = Taxonomy.Topics[t];
            if (topic.Slug.Equals(trimmed, StringComparison.OrdinalIgnoreCase) || topic.NameEn.Equals(trimmed, StringComparison.OrdinalIgnoreCase)
                || topic.NameRu.Equals(trimmed, StringComparison.OrdinalIgnoreCase))
            {
                scores[t] += NamedTopicUnits * StrongUnits * factor;
                return;
            }
        }

        Score(trimmed, scores, factor, 1);
    }

    // The topics scored enough, highest first, ties in taxonomy order; takes the scores apart.
    private static List<string> Strongest(int[] scores)
    {
        var slugs = new List<string>(MaxTopics);
        var top = 0;
        while (slugs.Count < MaxTopics)
        {
            var best = -1;
            for (var i = 0; i < scores.Length; i++)
            {
                if (scores[i] > 0 && (best < 0 || scores[i] > scores[best]))
                {
                    best = i;
                }
            }

            if (best < 0 || scores[best] < MinScore || scores[best] * SecondaryShare < top)
            {
                break;
            }

            top = Math.Max(top, scores[best]);
            slugs.Add(Taxonomy.Topics[best].Slug);
            scores[best] = 0;
        }

        return slugs;
    }

    private static void Score(string text, int[] scores, int factor, int repeats)
    {
        var stems = textStems ??= [];
        stems.Clear();
        TextStemmer.AddStems(text, stems);
        Score(CollectionsMarshal.AsSpan(stems), scores, factor, repeats);
    }

    private static void Score(ReadOnlySpan<string> stems, int[] scores, int factor, int repeats)
    {
        var table = Table.Value;
        var counts = phraseCounts ??= new int[table.Count];
        var counted = countedPhrases ??= [];
        counted.Clear();
        // The end of the longest phrase matched so far: a phrase inside it is no evidence of its own ("search" in "beam
        // search", "поиск" in "поиск работы").
        var (coveredFrom, coveredTo) = (0, 0);
        for (var i = 0; i < stems.Length; i++)
        {
            if (!table.ByFirstStem.TryGetValue(stems[i], out var candidates))
            {
                continue;
            }

            foreach (var phrase in candidates)
            {
                var end = i + phrase.Stems.Count;
                if ((end <= coveredTo && end - i < coveredTo - coveredFrom) || !Matches(stems, i, phrase.Stems))
                {
                    continue;
                }

                if (end > coveredTo)
                {
                    (coveredFrom, coveredTo) = (i, end);
                }

                if (counts[phrase.Key]++ < repeats)
                {
                    if (counts[phrase.Key] == 1)
                    {
                        counted.Add(phrase.Key);
                    }

                    scores[phrase.Topic] += phrase.Units * factor;
                }
            }
        }

        foreach (var key in counted)
        {
            counts[key] = 0;
        }
    }

    private static bool Matches(ReadOnlySpan<string> stems, int start, IReadOnlyList<string> seq)
    {
        if (start + seq.Count > stems.Length)
        {
            return false;
        }

        for (var j = 1; j < seq.Count; j++)
        {
            if (!string.Equals(stems[start + j], seq[j], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Every topic phrase by its first stem. Phrases of one topic that stem alike share a key (and the higher weight), so a text scores them once.</summary>
    private sealed class PhraseTable
    {
        public Dictionary<string, List<Phrase>> ByFirstStem { get; } = new(StringComparer.Ordinal);

        public int Count => keys.Count;

        private readonly Dictionary<(int Topic, string Stems), Phrase> keys = [];

        public static PhraseTable Build()
        {
            var table = new PhraseTable();
            for (var t = 0; t < Taxonomy.Topics.Count; t++)
            {
                foreach (var keyword in Taxonomy.Topics[t].Keywords)
                {
                    table.Add(t, keyword, StrongUnits);
                }

                foreach (var keyword in Taxonomy.Topics[t].WeakKeywords)
                {
                    table.Add(t, keyword, WeakUnits);
                }
            }

            foreach (var entry in BilingualTerms.Entries)
            {
                var topic = entry.Topic is null ? -1 : IndexOf(entry.Topic);
                foreach (var form in topic < 0 ? [] : entry.Russian.Concat(entry.English))
                {
                    table.Add(topic, form.Text, form.Weak ? WeakUnits : StrongUnits);
                }
            }

            return table;
        }

        private void Add(int topic, string text, int units)
        {
            var stems = TextStemmer.Stems(text);
            if (stems.Count == 0)
            {
                return;
            }

            var joined = (topic, string.Join(' ', stems));
            if (keys.TryGetValue(joined, out var known))
            {
                known.Units = Math.Max(known.Units, units);
                return;
            }

            var phrase = new Phrase(topic, stems, keys.Count, text) { Units = units };
            keys[joined] = phrase;
            if (!ByFirstStem.TryGetValue(stems[0], out var list))
            {
                ByFirstStem[stems[0]] = list = [];
            }

            // Longest first, so that a phrase is matched before the shorter ones inside it.
            list.Insert(list.FindIndex(p => p.Stems.Count < stems.Count) is var at and >= 0 ? at : list.Count, phrase);
        }

        private static int IndexOf(string slug)
        {
            for (var i = 0; i < Taxonomy.Topics.Count; i++)
            {
                if (Taxonomy.Topics[i].Slug == slug)
                {
                    return i;
                }
            }

            return -1;
        }
    }

    private sealed class Phrase(int topic, IReadOnlyList<string> stems, int key, string text)
    {
        /// <summary>The keyword as written.</summary>
        public string Text { get; } = text;

        public int Topic { get; } = topic;

        public IReadOnlyList<string> Stems { get; } = stems;

        public int Key { get; } = key;

        public int Units { get; set; }
    }
}
