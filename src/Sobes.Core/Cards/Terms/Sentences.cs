namespace Sobes.Core.Cards.Terms;

/// <summary>
/// Splits text into sentences at sentence ends only: a full stop, "!", "?" or "…" followed by a space and a
/// capital letter, digit or quote, or a line break. A dot inside a number ("0.01") or a URL, after an abbreviation
/// ("e.g.", "w.r.t.", "т.е.", "см.") or after a single letter (an initial) never ends a sentence.
/// </summary>
public static class Sentences
{
    // Compared lower case, without their final dot.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "e.g", "i.e", "w.r.t", "etc", "vs", "cf", "approx", "fig", "eq", "no", "resp", "et al", "al", "dr", "mr", "mrs", "prof",
        "т.е", "т.к", "т.д", "т.п", "т.н", "и.т.д", "см", "рис", "напр", "др", "пр", "стр", "гл", "ср", "им", "т", "г", "гг", "млн", "млрд", "тыс", "руб", "мин", "макс",
    };

    /// <summary>The sentences of <paramref name="text"/>, trimmed, in order; a line break always ends one.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            var start = 0;
            for (var i = 0; i < line.Length; i++)
            {
                if (EndsHere(line, i))
                {
                    Add(result, line[start..(i + 1)]);
                    start = i + 1;
                }
            }

            Add(result, line[start..]);
        }

        return result;
    }

    private static void Add(List<string> result, string sentence)
    {
        var trimmed = sentence.Trim();
        if (trimmed.Length > 0)
        {
            result.Add(trimmed);
        }
    }

    private static bool EndsHere(string line, int i)
    {
        var c = line[i];
        if (c is not ('.' or '!' or '?' or '…'))
        {
            return false;
        }

        // Runs of end marks ("?!", "...") end at their last mark.
        if (i + 1 < line.Length && line[i + 1] is '.' or '!' or '?' or '…' or '"' or '»' or ')')
        {
            return false;
        }

        var next = i + 1;
        if (next >= line.Length)
        {
            return true;
        }

        if (!char.IsWhiteSpace(line[next]))
        {
            return false;
        }

        var after = next;
        while (after < line.Length && char.IsWhiteSpace(line[after]))
        {
            after++;
        }

        if (after < line.Length && !(char.IsUpper(line[after]) || char.IsDigit(line[after]) || line[after] is '"' or '«' or '(' or '*' or '`'))
        {
            return false;
        }

        return c != '.' || !AfterAbbreviation(line, i);
    }

    // The word before the dot (with its inner dots) is an abbreviation or a single letter. (A dot inside a URL or a
    // number is never followed by a space, so it never ends a sentence; one after a URL does.)
    private static bool AfterAbbreviation(string line, int dot)
    {
        var start = dot;
        while (start > 0 && !char.IsWhiteSpace(line[start - 1]) && line[start - 1] is not ('(' or '«' or '"'))
        {
            start--;
        }

        var word = line[start..dot].ToLowerInvariant();
        if (Abbreviations.Contains(word) || (word.Length == 1 && char.IsLetter(word[0])))
        {
            return true;
        }

        // "et al." and "и т. д." are split by spaces: look at the two words before.
        var before = line[..dot].TrimEnd().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return before.Length >= 2 && Abbreviations.Contains((before[^2] + before[^1]).ToLowerInvariant().TrimEnd('.'));
    }
}
