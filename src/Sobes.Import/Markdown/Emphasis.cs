using System.Text;

namespace Sobes.Import.Markdown;

/// <summary>
/// Removes emphasis delimiters ('*', '_', "~~") in one pass without pairing them: a run is a delimiter when it
/// touches text on one side only, so "a * b", "2*3" and snake_case stay as written, and so do blanks ("___").
/// </summary>
internal static class Emphasis
{
    public static string Strip(string text)
    {
        if (text.AsSpan().IndexOfAny("*_~\\") < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]) is false && text[i + 1] < 128 && !char.IsWhiteSpace(text[i + 1]))
            {
                builder.Append(text[i + 1]);
                i += 2;
                continue;
            }

            if (c is not ('*' or '_' or '~'))
            {
                builder.Append(c);
                i++;
                continue;
            }

            var end = i;
            while (end < text.Length && text[end] == c)
            {
                end++;
            }

            var before = i > 0 ? text[i - 1] : ' ';
            var after = end < text.Length ? text[end] : ' ';
            var run = end - i;
            var isDelimiter = (c != '~' || run >= 2)
                && (c != '_' || run <= 2)
                && !(char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after))
                && !(char.IsWhiteSpace(before) && char.IsWhiteSpace(after));
            if (!isDelimiter)
            {
                builder.Append(text, i, end - i);
            }

            i = end;
        }

        return builder.ToString();
    }
}
