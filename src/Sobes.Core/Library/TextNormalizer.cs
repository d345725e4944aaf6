using System.Text;

namespace Sobes.Core.Library;

/// <summary>Unicode and whitespace normalisation shared by every format.</summary>
public static partial class TextNormalizer
{
    /// <summary>NFC, '\n' line ends, no zero-width or control characters, no trailing spaces, at most one blank line in a row, trimmed.</summary>
    /// <remarks>A text that is normalised already is returned as it is.</remarks>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = IsComposedStarters(text) || text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        return IsClean(s) ? s : Clean(s);
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
    private static void AppendClean(StringBuilder output, char c)
    {
        if (IsDropped(c))
        {
            return;
        }

        if (c == '\t')
        {
            output.Append("    ");
            return;
        }

        output.Append(c == '\u00A0' ? ' ' : c);
    }

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
