using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Ru;
using Sobes.Core.Text;

namespace Sobes.Data.Search;

/// <summary>A word that survives analysis: its place in the text, its stem, and its position among all words.</summary>
internal readonly record struct AnalyzedWord(int Start, int End, string Stem, int Position);

/// <summary>
/// The one definition of how text becomes index terms, shared by the analyzer, the query builder and the
/// snippet highlighter: <see cref="TextStemmer"/> words, Russian and English stop words dropped (their positions
/// still count, so phrases keep their gaps), the rest stemmed by script.
/// </summary>
internal static class SearchText
{
    private static readonly HashSet<string> StopWords = LoadStopWords();

    /// <summary>True for a word the index leaves out (a normalised Russian or English stop word).</summary>
    public static bool IsStopWord(string token) => StopWords.Contains(token);

    public static List<AnalyzedWord> Analyze(string text) => Analyze(text, null);

    /// <summary>
    /// The words of <paramref name="text"/> whose stem is one of <paramref name="stems"/>, as <see cref="Analyze(string)"/>
    /// finds them, stemming only the words that can have one: Snowball changes a word's ending (and Porter2's few exceptions,
    /// "dying" → "die", keep its first letter), so a stem begins with the first letter of its normalised word, and
    /// words beginning otherwise are passed over.
    /// </summary>
    public static List<AnalyzedWord> Matching(string text, IReadOnlySet<string> stems)
    {
        if (stems.Count == 0)
        {
            return [];
        }

        var heads = new HashSet<char>();
        foreach (var stem in stems)
        {
            if (stem.Length > 0)
            {
                heads.Add(stem[0]);
            }
        }

        var words = Analyze(text, heads);
        words.RemoveAll(w => !stems.Contains(w.Stem));
        return words;
    }

    private static List<AnalyzedWord> Analyze(string text, HashSet<char>? heads)
    {
        var spans = TextStemmer.WordSpans(text);
        var words = new List<AnalyzedWord>(spans.Count);
        var stopWords = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[128];
        for (var position = 0; position < spans.Count; position++)
        {
            var span = spans[position];
            var word = text.AsSpan(span.Start, span.Length);

            // A word begins with a letter or digit, never a combining mark, so its first letter normalised alone is its
            // normalised word's first letter: most words of a hit's text are passed over before being normalised whole.
            if (heads is not null && (TextStemmer.Normalize(word[..1], buffer) != 1 || !heads.Contains(buffer[0])))
            {
                continue;
            }

            var normalized = word.Length <= buffer.Length ? buffer : new char[word.Length];
            var token = normalized[..TextStemmer.Normalize(word, normalized)];
            if (token.Length > 0 && !stopWords.Contains(token))
            {
                words.Add(new AnalyzedWord(span.Start, span.End, TextStemmer.StemOfNormalized(token), position));
            }
        }

        return words;
    }

    private static HashSet<string> LoadStopWords()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in new[] { RussianAnalyzer.DefaultStopSet, EnglishAnalyzer.DefaultStopSet })
        {
            foreach (var word in set)
            {
                words.Add(TextStemmer.Normalize(word.ToString()));
            }
        }

        return words;
    }
}
