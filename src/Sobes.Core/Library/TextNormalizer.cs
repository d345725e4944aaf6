using System.Text;

namespace Sobes.Core.Library;

/// <summary>Unicode and whitespace normalisation shared by every format.</summary>
public static class TextNormalizer
{
    /// <summary>NFC, '\n' line ends, no zero-width or control characters, no trailing spaces, at most one blank line in a row, trimmed.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(s.Length);
        var line = new StringBuilder();
        var blankRun = 0;
        for (var i = 0; i <= s.Length; i++)
        {
            // "\r\n", a lone "\r" and "\n" each end a line, as does the end of the text.
            if (i < s.Length && s[i] is not ('\n' or '\r'))
            {
                AppendClean(line, s[i]);
                continue;
            }

            if (i < s.Length - 1 && s[i] == '\r' && s[i + 1] == '\n')
            {
                i++;
            }

            var length = line.Length;
            while (length > 0 && char.IsWhiteSpace(line[length - 1]))
            {
                length--;
            }

            if (length == 0)
            {
                blankRun++;
            }
            else
            {
                if (sb.Length > 0)
                {
                    sb.Append(blankRun > 0 ? "\n\n" : "\n");
                }

                sb.Append(line, 0, length);
                blankRun = 0;
            }

            line.Clear();
        }

        return sb.ToString();
    }

    // Zero-width characters, soft hyphens and control characters go; a tab becomes four spaces, a no-break space a space.
    private static void AppendClean(StringBuilder line, char c)
    {
        if (c is '\u200B' or '\u200C' or '\u2060' or '\uFEFF' or '\u00AD' || (c != '\t' && char.IsControl(c)))
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

    public static string DetectLanguage(string text)
    {
        int cyr = 0, letters = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            if (c is >= '\u0400' and <= '\u04FF')
            {
                cyr++;
            }
        }

        return letters > 0 && cyr * 4 >= letters ? "ru" : "en";
    }
}
