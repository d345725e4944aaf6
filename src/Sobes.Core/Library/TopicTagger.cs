using System.Runtime.InteropServices;
using Sobes.Core.Text;

namespace Sobes.Core.Library;

/// <summary>Tags a text with taxonomy topics by matching stemmed keywords and phrases, hashtags and format hints.</summary>
public static class TopicTagger
{
    private const int MaxTopics = 3;

    private static readonly Lazy<Dictionary<string, List<Phrase>>> Phrases = new(Build);

    // The text's stems and the phrases a scoring has counted, reused by each call on a thread.
    [ThreadStatic]
    private static List<string>? textStems;

    [ThreadStatic]
    private static HashSet<int>? seenKeys;

    /// <summary>Up to three topic slugs, most strongly matched first.</summary>
    public static IReadOnlyList<string> Tag(string text, IEnumerable<string> hashtags, IEnumerable<string> topicHints) =>
        Tag(text, null, hashtags, topicHints);

    /// <summary>As <see cref="Tag(string, IEnumerable{string}, IEnumerable{string})"/> of title + "\n" + body, without that copy.</summary>
    internal static IReadOnlyList<string> Tag(string title, string? body, IEnumerable<string> hashtags, IEnumerable<string> topicHints)
    {
        var scores = new int[Taxonomy.Topics.Count];

        // A line break separates words, so the stems of title + "\n" + body are the title's then the body's.
        var stems = textStems ??= [];
        stems.Clear();
        TextStemmer.AddStems(title, stems);
        if (body is not null)
        {
            TextStemmer.AddStems(body, stems);
        }

        Score(CollectionsMarshal.AsSpan(stems), scores, 1);
        foreach (var tag in hashtags)
        {
            Score(Stems(stems, tag.Replace('_', ' ')), scores, 2);
        }

        foreach (var hint in topicHints)
        {
            var slug = Taxonomy.Topics.FirstOrDefault(t => t.Slug.Equals(hint, StringComparison.OrdinalIgnoreCase)
                || t.NameEn.Equals(hint, StringComparison.OrdinalIgnoreCase) || t.NameRu.Equals(hint, StringComparison.OrdinalIgnoreCase));
            if (slug is not null)
            {
                scores[IndexOf(slug)] += 3;
            }
            else
            {
                Score(Stems(stems, hint), scores, 2);
            }
        }

        return Strongest(scores);
    }

    // The topics scored, highest first, ties in taxonomy order; takes the scores apart.
    private static List<string> Strongest(int[] scores)
    {
        var slugs = new List<string>(MaxTopics);
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

            if (best < 0)
            {
                break;
            }

            slugs.Add(Taxonomy.Topics[best].Slug);
            scores[best] = 0;
        }

        return slugs;
    }

    private static int IndexOf(Topic topic)
    {
        for (var i = 0; i < Taxonomy.Topics.Count; i++)
        {
            if (ReferenceEquals(Taxonomy.Topics[i], topic))
            {
                return i;
            }
        }

        return -1;
    }

    private static void Score(ReadOnlySpan<string> stems, int[] scores, int weight)
    {
        var phrases = Phrases.Value;
        var seen = seenKeys ??= [];
        seen.Clear();
        for (var i = 0; i < stems.Length; i++)
        {
            if (!phrases.TryGetValue(stems[i], out var candidates))
            {
                continue;
            }

            foreach (var phrase in candidates)
            {
                if (Matches(stems, i, phrase.Stems) && seen.Add(phrase.Key))
                {
                    scores[phrase.Topic] += weight;
                }
            }
        }
    }

    private static bool Matches(ReadOnlySpan<string> stems, int start, string[] seq)
    {
        if (start + seq.Length > stems.Length)
        {
            return false;
        }

        for (var j = 1; j < seq.Length; j++)
        {
            if (!string.Equals(stems[start + j], seq[j], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static ReadOnlySpan<string> Stems(List<string> stems, string text)
    {
        stems.Clear();
        TextStemmer.AddStems(text, stems);
        return CollectionsMarshal.AsSpan(stems);
    }

    private static Dictionary<string, List<Phrase>> Build()
    {
        var map = new Dictionary<string, List<Phrase>>(StringComparer.Ordinal);
        var keys = new Dictionary<(int, string), int>();
        for (var t = 0; t < Taxonomy.Topics.Count; t++)
        {
            foreach (var keyword in Taxonomy.Topics[t].Keywords)
            {
                var seq = TextStemmer.Tokens(keyword).Select(TextStemmer.Stem).ToArray();
                if (seq.Length == 0)
                {
                    continue;
                }

                if (!map.TryGetValue(seq[0], out var list))
                {
                    map[seq[0]] = list = [];
                }

                // Keywords of one topic that stem alike share a key, so a text scores them once.
                var phrase = (t, string.Join(' ', seq));
                if (!keys.TryGetValue(phrase, out var key))
                {
                    keys[phrase] = key = keys.Count;
                }

                list.Add(new Phrase(t, seq, key));
            }
        }

        return map;
    }

    private sealed record Phrase(int Topic, string[] Stems, int Key);
}
