using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Sobes.Import.Markdown;

/// <summary>
/// Inline Markdown to plain text: code spans kept verbatim, link and image syntax reduced to their text
/// (targets collected), HTML tags dropped, emphasis marks removed, entities decoded.
/// </summary>
internal static partial class MarkdownInline
{
    public static string ToPlain(string text, ICollection<string> links)
    {
        var builder = new StringBuilder(text.Length);
        var position = 0;
        while (position < text.Length)
        {
            var tick = text.IndexOf('`', position);
            if (tick < 0)
            {
                break;
            }

            var run = RunLength(text, tick, '`');
            var close = FindClosingRun(text, tick + run, run);
            if (close < 0)
            {
                builder.Append(PlainSegment(text[position..(tick + run)], links));
                position = tick + run;
                continue;
            }

            builder.Append(PlainSegment(text[position..tick], links));
            builder.Append(text.AsSpan(tick + run, close - tick - run).Trim());
            position = close + run;
        }

        builder.Append(PlainSegment(text[position..], links));
        return builder.ToString();
    }

    /// <summary>Keeps absolute web and mail links, once each, in order of appearance.</summary>
    public static void AddLink(string target, ICollection<string> links)
    {
        var url = target.Trim().Trim('<', '>').TrimEnd('.', ',', ';', ':', '!', '?', '\'', '"');
        var absolute = url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);
        if (absolute && !links.Contains(url))
        {
            links.Add(url);
        }
    }

    private static string PlainSegment(string segment, ICollection<string> links)
    {
        if (segment.Length == 0)
        {
            return segment;
        }

        var text = Autolink().Replace(segment, m =>
        {
            AddLink(m.Groups["url"].Value, links);
            return m.Groups["url"].Value;
        });
        text = InlineLink().Replace(text, m =>
        {
            AddLink(m.Groups["url"].Value, links);
            return m.Groups["text"].Value;
        });
        text = ReferenceLink().Replace(text, m => m.Groups["text"].Value);
        text = Strikethrough().Replace(text, "");
        text = HtmlText.StripTags(text, links);
        foreach (Match url in BareUrl().Matches(text))
        {
            AddLink(url.Value, links);
        }

        return WebUtility.HtmlDecode(Emphasis.Strip(text));
    }

    private static int RunLength(string text, int start, char c)
    {
        var end = start;
        while (end < text.Length && text[end] == c)
        {
            end++;
        }

        return end - start;
    }

    private static int FindClosingRun(string text, int from, int length)
    {
        var position = from;
        while (position < text.Length)
        {
            var tick = text.IndexOf('`', position);
            if (tick < 0)
            {
                return -1;
            }

            var run = RunLength(text, tick, '`');
            if (run == length)
            {
                return tick;
            }

            position = tick + run;
        }

        return -1;
    }

    [GeneratedRegex(@"<(?<url>(?:https?|mailto):[^>\s]+)>", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Autolink();

    [GeneratedRegex(@"!?\[(?<text>[^\]\n]*)\]\(\s*<?(?<url>[^)\s>]*)>?(?:\s+(?:""[^""\n]*""|'[^'\n]*'))?\s*\)", RegexOptions.NonBacktracking)]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"\[(?<text>[^\]\n]+)\]\[[^\]\n]*\]", RegexOptions.NonBacktracking)]
    private static partial Regex ReferenceLink();

    /// <summary>Struck-out text is text the author withdrew: it is dropped, not unwrapped.</summary>
    [GeneratedRegex(@"[ \t]?~~[^~\n]+~~", RegexOptions.NonBacktracking)]
    private static partial Regex Strikethrough();

    [GeneratedRegex(@"(?:https?://|mailto:)[^\s<>()\[\]""']+", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex BareUrl();
}
