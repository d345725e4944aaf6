using System.Text;

namespace Sobes.Core.Library;

/// <summary>Unicode and whitespace normalisation shared by every format.</summary>
public static class TextNormalizer
{
    /// <summary>NFC, '\n' line ends, no zero-width or control characters, no trailing spaces, at most one blank line in a row, trimmed.</summary>
    /// <remarks>A text that is normalised already is returned as it is.</remarks>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = IsComposedStarters(text) || text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        return IsClean(s) ? s : Clean(s);
    }

    // UAX #15's quick check, answered without ICU for the scripts of this library: a text of characters that are each
    // NFC and never combine with a neighbour (NFC_Quick_Check=Yes, canonical combining class 0) is NFC. Those taken
    // here: U+0000–U+02FF, Cyrillic bar its combining marks, general punctuation bar two spaces that decompose,
    // currency signs, box drawing to dingbats, and emoji (U+1F000–U+1FBFF). Anything else goes to ICU.
    internal static bool IsComposedStarters(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < '\u0300' || IsComposedStarter(c))
            {
                continue;
            }

            if (c is >= '\uD83C' and <= '\uD83E' && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            return false;
        }

        return true;
    }

    internal static bool IsComposedStarter(char c) =>
        c is (>= '\u0400' and <= '\u0482') or (>= '\u048A' and <= '\u04FF') or (>= '\u2002' and <= '\u206F') or (>= '\u20A0' and <= '\u20C0') or (>= '\u2500' and <= '\u27BF');

    // True when Clean would return the text unchanged: no character it drops or replaces, no blank line first or
    // last, no two blank lines in a row, no line that ends in white space (which also rules out a line of spaces).
    private static bool IsClean(string s)
    {
        if (s.Length > 0 && char.IsWhiteSpace(s[^1]))
        {
            return false;
        }

        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '\n')
            {
                if (i == 0 || (s[i - 1] == '\n' ? i < 2 || s[i - 2] == '\n' : char.IsWhiteSpace(s[i - 1])))
                {
                    return false;
                }
            }
            else if (c is '\r' or '\t' or '\u00A0' || IsDropped(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Clean(string s)
    {
        var sb = new StringBuilder(s.Length);
        var blankRun = 0;
        for (var i = 0; i <= s.Length; i++)
        {
            // Each line is written after the separator it would get, which is taken back should the line turn out blank.
            var lineStart = sb.Length;
            if (sb.Length > 0)
            {
                sb.Append(blankRun > 0 ? "\n\n" : "\n");
            }

            var contentStart = sb.Length;

            // "\r\n", a lone "\r" and "\n" each end a line, as does the end of the text.
            for (; i < s.Length && s[i] is not ('\n' or '\r'); i++)
            {
                AppendClean(sb, s[i]);
            }

            if (i < s.Length - 1 && s[i] == '\r' && s[i + 1] == '\n')
            {
                i++;
            }

            var length = sb.Length;
            while (length > contentStart && char.IsWhiteSpace(sb[length - 1]))
            {
                length--;
            }

            if (length == contentStart)
            {
                blankRun++;
                sb.Length = lineStart;
            }
            else
            {
                blankRun = 0;
                sb.Length = length;
            }
        }

        return sb.ToString();
    }

    // Zero-width characters, soft hyphens and control characters go; a tab becomes four spaces, a no-break space a space.
    private static void AppendClean(StringBuilder line, char c)
    {
        if (IsDropped(c))
        {
            return;
        }

        if (c == '\t')
        {
            line.Append("    ");
            return;
        }

        line.Append(c == '\u00A0' ? ' ' : c);
    }

    private static bool IsDropped(char c) => c < '\u00AD'
        ? c != '\t' && char.IsControl(c)
        : c is '\u00AD' or '\u200B' or '\u200C' or '\u2060' or '\uFEFF';

    public static string DetectLanguage(string text)
    {
        int cyr = 0, letters = 0;
        foreach (var c in text)
        {
            // А–я, the bulk of a Russian text, are letters without asking for their Unicode category.
            if (c is >= '\u0410' and <= '\u044F')
            {
                letters++;
                cyr++;
            }
            else if (char.IsLetter(c))
            {
                letters++;
                if (c is >= '\u0400' and <= '\u04FF')
                {
                    cyr++;
                }
            }
        }

        return letters > 0 && cyr * 4 >= letters ? "ru" : "en";
    }
}
