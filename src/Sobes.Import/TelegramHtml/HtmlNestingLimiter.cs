using System.Text;

namespace Sobes.Import.TelegramHtml;

/// <summary>
/// Flattens markup nested deeper than <see cref="MaxDepth"/> before parsing: the HTML tree builder checks element scope
/// against the stack of open elements, so its time grows with the square of the depth (100k nested divs take minutes).
/// Chromium caps its parser's tree depth at 512 the same way (HTMLTreeBuilder's kMaximumHTMLParserDOMTreeDepth).
/// </summary>
internal static class HtmlNestingLimiter
{
    public const int MaxDepth = 512;

    private static readonly HashSet<string> Void =
    [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ];

    // Elements whose end tag may be omitted never deepen the tree the way a count of tags suggests.
    private static readonly HashSet<string> Neutral = ["p", "li", "td", "th", "tr", "dt", "dd", "option", "tbody", "thead", "tfoot", "colgroup"];

    private static readonly HashSet<string> RawText = ["script", "style", "textarea", "title", "xmp", "noscript", "iframe", "plaintext"];

    /// <summary>The markup unchanged when shallow enough; otherwise with the tags beyond the limit removed (their text kept).</summary>
    public static string Limit(string html, out bool flattened)
    {
        flattened = Scan(html, int.MaxValue, null) > MaxDepth;
        if (!flattened)
        {
            return html;
        }

        var output = new StringBuilder(html.Length);
        Scan(html, MaxDepth, output);
        return output.ToString();
    }

    /// <summary>Walks the tags, returning the deepest nesting seen; with <paramref name="output"/>, copies the markup minus tags past <paramref name="limit"/>.</summary>
    private static int Scan(string html, int limit, StringBuilder? output)
    {
        int depth = 0, dropped = 0, deepest = 0, copied = 0, i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }

            var tag = ReadTag(html, lt);
            if (tag.Name is null)
            {
                i = tag.End;
                continue;
            }

            var drop = false;
            if (!tag.IsEnd && RawText.Contains(tag.Name))
            {
                var close = html.IndexOf("</" + tag.Name, tag.End, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
                continue;
            }

            if (!Void.Contains(tag.Name) && !Neutral.Contains(tag.Name) && !tag.SelfClosing)
            {
                if (!tag.IsEnd && depth >= limit)
                {
                    dropped++;
                    drop = true;
                }
                else if (!tag.IsEnd)
                {
                    deepest = Math.Max(deepest, ++depth);
                }
                else if (dropped > 0)
                {
                    dropped--;
                    drop = true;
                }
                else
                {
                    depth = Math.Max(0, depth - 1);
                }
            }

            if (drop && output is not null)
            {
                output.Append(html, copied, lt - copied);
                copied = tag.End;
            }

            i = tag.End;
        }

        output?.Append(html, copied, html.Length - copied);
        return deepest;
    }

    private readonly record struct Tag(string? Name, bool IsEnd, bool SelfClosing, int End);

    private static Tag ReadTag(string html, int lt)
    {
        if (html.AsSpan(lt).StartsWith("<!--", StringComparison.Ordinal))
        {
            var close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
            return new Tag(null, false, false, close < 0 ? html.Length : close + 3);
        }

        var isEnd = html[lt + 1] == '/';
        var start = lt + (isEnd ? 2 : 1);
        var end = start;
        while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] == '-'))
        {
            end++;
        }

        if (end == start || !char.IsAsciiLetter(html[start]))
        {
            var skip = html[lt + 1] is '!' or '?' ? html.IndexOf('>', lt) : -1;
            return new Tag(null, false, false, skip < 0 ? lt + 1 : skip + 1);
        }

        var gt = html.IndexOf('>', end);
        if (gt < 0)
        {
            return new Tag(null, false, false, html.Length);
        }

        return new Tag(html[start..end].ToLowerInvariant(), isEnd, html[gt - 1] == '/', gt + 1);
    }
}
