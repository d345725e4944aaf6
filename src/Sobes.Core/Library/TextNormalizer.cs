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
        var blankRun = 0;
        foreach (var rawLine in s.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n'))
        {
            var line = CleanLine(rawLine);
            if (line.Length == 0)
            {
                blankRun++;
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append(blankRun > 0 ? "\n\n" : "\n");
            }

            sb.Append(line);
            blankRun = 0;
        }

        return sb.ToString();
    }

    private static string CleanLine(string line)
    {
        var sb = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            if (c is '\u200B' or '\u200C' or '\u2060' or '\uFEFF' or '\u00AD')
            {
                continue;
            }

            if (c == '\t')
            {
                sb.Append("    ");
                continue;
            }

            if (char.IsControl(c))
            {
                continue;
            }

            sb.Append(c == '\u00A0' ? ' ' : c);
        }

        return sb.ToString().TrimEnd();
    }

    /// <summary>"ru" when Cyrillic letters are at least a quarter of all letters, else "en".</summary>
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
