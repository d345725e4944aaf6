using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Sobes.Import.Markdown;

/// <summary>
/// Inline Markdown to plain text: code spans kept verbatim, link and image syntax reduced to their text
/// (targets collected), formula images as inline LaTeX and other images as "[image]", HTML tags dropped, emphasis marks removed, entities decoded.
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
        // Images become their text behind a token, so emphasis and tag removal never touch the LaTeX of a formula.
        var images = new List<string>();
        text = InlineImage().Replace(text, m => Token(images, Image(m.Groups["url"].Value, links)));
        text = HtmlImage().Replace(text, m => Token(images, Image(WebUtility.HtmlDecode(m.Groups["src"].Value), links)));
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

        var plain = WebUtility.HtmlDecode(Emphasis.Strip(text));
        return images.Count == 0 ? plain : ImageToken().Replace(plain, m => images[int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture)]);
    }

    // A picture's address is kept among the links; a formula's is not, its LaTeX says it all.
    private static string Image(string source, ICollection<string> links)
    {
        var text = FormulaImage.Text(source);
        if (text == FormulaImage.Marker)
        {
            AddLink(source, links);
        }

        return text;
    }

    private static string Token(List<string> images, string text)
    {
        images.Add(text);
        return "\u0001" + (images.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "\u0001";
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

    // The URL may hold balanced parentheses, as LaTeX in a renderer's URL does: "\sigma(x)".
    [GeneratedRegex(@"!\[[^\]\n]*\]\(\s*<?(?<url>(?:[^()\s>]|\([^()\s]*\))*)>?(?:\s+(?:""[^""\n]*""|'[^'\n]*'))?\s*\)", RegexOptions.NonBacktracking)]
    private static partial Regex InlineImage();

    [GeneratedRegex(@"<img\b[^>]*\bsrc\s*=\s*(?:""(?<src>[^""]*)""|'(?<src>[^']*)'|(?<src>[^\s>]+))[^>]*>", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex HtmlImage();

    [GeneratedRegex(@"!?\[(?<text>[^\]\n]*)\]\(\s*<?(?<url>[^)\s>]*)>?(?:\s+(?:""[^""\n]*""|'[^'\n]*'))?\s*\)", RegexOptions.NonBacktracking)]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"\[(?<text>[^\]\n]+)\]\[[^\]\n]*\]", RegexOptions.NonBacktracking)]
    private static partial Regex ReferenceLink();

    /// <summary>Struck-out text is text the author withdrew: it is dropped, not unwrapped.</summary>
    [GeneratedRegex("\u0001(?<n>[0-9]+)\u0001")]
    private static partial Regex ImageToken();

    [GeneratedRegex(@"[ \t]?~~[^~\n]+~~", RegexOptions.NonBacktracking)]
    private static partial Regex Strikethrough();

    [GeneratedRegex(@"(?:https?://|mailto:)[^\s<>()\[\]""']+", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex BareUrl();
}
