using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Sobes.Core.Text;

public static partial class TextStemmer
{
    private const int CacheCapacity = 50_000;

    // Longer "words" are hashes, URLs' remains or base64: stemming them only pollutes the memo.
    private const int MaxStemmedLength = 48;

    // Snowball stemmers keep their word in instance fields, so each thread gets its own.
    [ThreadStatic]
    private static RussianStemmer? russian;

    [ThreadStatic]
    private static EnglishStemmer? english;

    // Word frequencies are Zipfian: a small per-thread memo skips most stemmer runs on real text.
    [ThreadStatic]
    private static Dictionary<string, string>? cache;

    private enum Script
    {
        Other,
        Cyrillic,
        Latin,
    }

    /// <summary>
    /// As <see cref="Stem"/> for a word already normalised (see <see cref="Normalize(ReadOnlySpan{char}, Span{char})"/>):
    /// a word this thread has stemmed before costs one look-up and allocates nothing.
    /// </summary>
    public static string StemOfNormalized(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxStemmedLength)
        {
            return word.ToString();
        }

        var memo = cache ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (memo.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var known))
        {
            return known;
        }

        return StemNormalized(word.ToString());
    }

    // Words of other scripts are memoised too (as themselves), so that the span look-up above finds them.
    private static string StemNormalized(string token)
    {
        if (token.Length > MaxStemmedLength)
        {
            return token;
        }

        var memo = cache ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (memo.TryGetValue(token, out var known))
        {
            return known;
        }

        var stem = ScriptOf(token) switch
        {
            Script.Cyrillic => StripRussianDerivation(Run(russian ??= new RussianStemmer(), token)),
            Script.Latin => Run(english ??= new EnglishStemmer(), AmericanSpelling(token)),
            _ => token,
        };
        if (memo.Count >= CacheCapacity)
        {
            memo.Clear();
        }

        memo[token] = stem;
        return stem;
    }

    private static string Run(SnowballProgram stemmer, string token)
    {
        stemmer.SetCurrent(token);
        stemmer.Stem();
        return stemmer.Current;
    }

    private static Script ScriptOf(string token)
    {
        var cyrillic = false;
        var latin = false;
        foreach (var c in token)
        {
            if (c is >= 'а' and <= 'я')
            {
                cyrillic = true;
            }
            else if (c is >= 'a' and <= 'z')
            {
                latin = true;
            }
            else
            {
                return Script.Other;
            }
        }

        return cyrillic == latin ? Script.Other : cyrillic ? Script.Cyrillic : Script.Latin;
    }
}
