namespace Sobes.Core.Text;

/// <summary>
/// Splits mixed Russian and English text into words and reduces each word to a stem, so that
/// "переобучение" and "переобучения", "regularize" and "regularization" compare equal.
/// A word is a run of letters and digits (Cyrillic, Latin or any other script); everything else separates
/// words, so "k-means" gives "k" and "means", "C++" gives "c". Words are lower-cased, "ё" becomes "е",
/// combining marks (stress accents) are dropped. Thread-safe.
/// </summary>
public static partial class TextStemmer
{
    /// <summary>The positions of the words in <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<WordSpan> WordSpans(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<WordSpan>();
        AddWordSpans(text, spans);
        return spans;
    }

    // The span list AddStems reuses on its thread.
    [ThreadStatic]
    private static List<WordSpan>? spanBuffer;

    private static void AddWordSpans(string text, List<WordSpan> spans)
    {
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsLetterOrDigit(c) || (start >= 0 && IsCombiningMark(c)))
            {
                if (start < 0)
                {
                    start = i;
                }
            }
            else if (start >= 0)
            {
                spans.Add(new WordSpan(start, i - start));
                start = -1;
            }
        }

        if (start >= 0)
        {
            spans.Add(new WordSpan(start, text.Length - start));
        }
    }

    /// <summary>The words of <paramref name="text"/>, normalised (lower case, "ё" as "е", no stress marks).</summary>
    public static IReadOnlyList<string> Tokens(string text)
    {
        var spans = WordSpans(text);
        var tokens = new string[spans.Count];
        for (var i = 0; i < tokens.Length; i++)
        {
            tokens[i] = Normalize(text.AsSpan(spans[i].Start, spans[i].Length));
        }

        return tokens;
    }

    /// <summary>The stems of the words of <paramref name="text"/>, in order (<see cref="Tokens"/> then <see cref="Stem"/>).</summary>
    public static IReadOnlyList<string> Stems(string text)
    {
        var stems = new List<string>();
        AddStems(text, stems);
        return stems;
    }

    /// <summary>Appends the stems of the words of <paramref name="text"/> to <paramref name="stems"/>, in order.</summary>
    internal static void AddStems(string text, List<string> stems)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = spanBuffer ??= [];
        spans.Clear();
        AddWordSpans(text, spans);
        Span<char> buffer = stackalloc char[128];
        foreach (var span in spans)
        {
            var word = text.AsSpan(span.Start, span.Length);
            var normalized = word.Length <= buffer.Length ? buffer : new char[word.Length];
            stems.Add(StemOfNormalized(normalized[..Normalize(word, normalized)]));
        }
    }

    /// <summary>
    /// The stem of one word: the Snowball Russian stemmer for a Cyrillic word, the Snowball English (Porter2)
    /// stemmer for a Latin one. Snowball removes inflections only, so the Russian stem then loses one
    /// derivational suffix ("переобучиться" and "переобучение" → "переобуч"), and a British "-ise" word is
    /// spelled "-ize" before Porter2 ("regularisation" → "regular"). Words with digits ("l2", "f1"), other
    /// scripts and words over 48 letters are returned normalised but unstemmed. The input is normalised first,
    /// so a raw word works too.
    /// </summary>
    public static string Stem(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return StemNormalized(IsNormalized(token) ? token : Normalize(token));
    }

    /// <summary>Lower case, "ё" → "е", combining marks removed.</summary>
    public static string Normalize(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        return new string(buffer[..Normalize(word, buffer)]);
    }

    /// <summary>As <see cref="Normalize(ReadOnlySpan{char})"/>, into <paramref name="destination"/> (at least as long as the word); returns the length written.</summary>
    public static int Normalize(ReadOnlySpan<char> word, Span<char> destination)
    {
        var length = 0;
        foreach (var c in word)
        {
            if (IsCombiningMark(c))
            {
                continue;
            }

            var lower = InvariantCase.ToLower(c);
            destination[length++] = lower == 'ё' ? 'е' : lower;
        }

        return length;
    }

    private static bool IsNormalized(string token)
    {
        foreach (var c in token)
        {
            if (c == 'ё' || IsCombiningMark(c) || InvariantCase.ToLower(c) != c)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCombiningMark(char c) =>
        c >= '\u0300' && !IsBasicCyrillic(c) && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    // А–я, letters all, are most of a Russian text: they skip the look-up of their Unicode category.
    private static bool IsLetterOrDigit(char c) => IsBasicCyrillic(c) || char.IsLetterOrDigit(c);

    private static bool IsBasicCyrillic(char c) => c is >= '\u0410' and <= '\u044F';
}
