using System.Text;

namespace Sobes.Import.Markdown;

/// <summary>
/// HTML inside Markdown reduced to text by a single forward scan (no tree, so any nesting depth is safe):
/// script, style and comment contents dropped, tags dropped, line-breaking tags turned into new lines,
/// href and src targets collected.
/// </summary>
internal static class HtmlText
{
    private static readonly string[] BreakingTags = ["br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "pre", "blockquote", "details", "summary"];

    private static readonly string[] DroppedElements = ["script", "style"];

    /// <summary>Removes script and style elements and comments with their contents; an unclosed one runs to the end.</summary>
    public static string RemoveHiddenContent(string text)
    {
        if (text.IndexOf('<') < 0)
        {
            return text;
        }

        var result = RemoveBetween(text, "<!--", "-->");
        foreach (var element in DroppedElements)
        {
            result = RemoveBetween(result, "<" + element, "</" + element + ">");
        }

        return result;
    }

    /// <summary>Drops tags, keeping their text; "&lt;" not followed by a tag name is kept as text.</summary>
    public static string StripTags(string text, ICollection<string> links)
    {
        var open = text.IndexOf('<');
        if (open < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var position = 0;
        while (open >= 0)
        {
            builder.Append(text, position, open - position);
            var close = IsTagStart(text, open) ? text.IndexOf('>', open + 1) : -2;
            if (close == -1)
            {
                // No '>' anywhere after: nothing further can be a tag.
                position = open;
                break;
            }

            if (close == -2)
            {
                builder.Append('<');
                position = open + 1;
            }
            else
            {
                var tag = text.AsSpan(open + 1, close - open - 1);
                CollectTarget(tag, "href=", links);
                CollectTarget(tag, "src=", links);
                if (IsBreaking(tag))
                {
                    builder.Append('\n');
                }

                position = close + 1;
            }

            open = text.IndexOf('<', position);
        }

        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }

    private static string RemoveBetween(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.OrdinalIgnoreCase);
        if (from < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var position = 0;
        while (from >= 0)
        {
            builder.Append(text, position, from - position);
            var to = text.IndexOf(end, from + start.Length, StringComparison.OrdinalIgnoreCase);
            position = to < 0 ? text.Length : to + end.Length;
            from = position < text.Length ? text.IndexOf(start, position, StringComparison.OrdinalIgnoreCase) : -1;
        }

        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }

    private static bool IsTagStart(string text, int open) =>
        open + 1 < text.Length && (char.IsAsciiLetter(text[open + 1]) || text[open + 1] is '/' or '!' or '?');

    private static bool IsBreaking(ReadOnlySpan<char> tag)
    {
        var name = tag.TrimStart('/');
        var end = name.IndexOfAny(" \t\n/>");
        name = end < 0 ? name : name[..end];
        foreach (var breaking in BreakingTags)
        {
            if (name.Equals(breaking, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static void CollectTarget(ReadOnlySpan<char> tag, string attribute, ICollection<string> links)
    {
        var at = tag.IndexOf(attribute, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return;
        }

        var value = tag[(at + attribute.Length)..].TrimStart();
        if (value.Length > 0 && value[0] is '"' or '\'')
        {
            var quote = value[0];
            value = value[1..];
            var end = value.IndexOf(quote);
            value = end < 0 ? value : value[..end];
        }
        else
        {
            var end = value.IndexOfAny(" \t\n");
            value = end < 0 ? value : value[..end];
        }

        MarkdownInline.AddLink(value.ToString(), links);
    }
}
