using Sobes.Core.Text;

namespace Sobes.Core.Library;

/// <summary>Tags a text with taxonomy topics by matching stemmed keywords and phrases, hashtags and format hints.</summary>
public static class TopicTagger
{
    private const int MaxTopics = 3;

    private static readonly Lazy<Dictionary<string, List<(int Topic, string[] Stems)>>> Phrases = new(Build);

    /// <summary>Up to three topic slugs, most strongly matched first.</summary>
    public static IReadOnlyList<string> Tag(string text, IEnumerable<string> hashtags, IEnumerable<string> topicHints)
    {
        var scores = new int[Taxonomy.Topics.Count];
        Score(StemAll(text), scores, 1);
        foreach (var tag in hashtags)
        {
            Score(StemAll(tag.Replace('_', ' ')), scores, 2);
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
                Score(StemAll(hint), scores, 2);
            }
        }

        return Enumerable.Range(0, scores.Length).Where(i => scores[i] > 0).OrderByDescending(i => scores[i]).ThenBy(i => i)
            .Take(MaxTopics).Select(i => Taxonomy.Topics[i].Slug).ToList();
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

    private static void Score(string[] stems, int[] scores, int weight)
    {
        var phrases = Phrases.Value;
        var seen = new HashSet<(int, string)>();
        for (var i = 0; i < stems.Length; i++)
        {
            if (!phrases.TryGetValue(stems[i], out var candidates))
            {
                continue;
            }

            foreach (var (topic, seq) in candidates)
            {
                if (Matches(stems, i, seq) && seen.Add((topic, string.Join(' ', seq))))
                {
                    scores[topic] += weight;
                }
            }
        }
    }

    private static bool Matches(string[] stems, int start, string[] seq)
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

    private static string[] StemAll(string text) => TextStemmer.StemArray(text);

    private static Dictionary<string, List<(int Topic, string[] Stems)>> Build()
    {
        var map = new Dictionary<string, List<(int, string[])>>(StringComparer.Ordinal);
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

                list.Add((t, seq));
            }
        }

        return map;
    }
}
