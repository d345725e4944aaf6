using System.Text.RegularExpressions;
using Sobes.Core.Posts;

namespace Sobes.Import.Markdown;

/// <summary>A Markdown block as plain text, with the code blocks and links found in it.</summary>
internal sealed record PlainBody(string Text, IReadOnlyList<CodeBlock> Code, IReadOnlyList<string> Links);

/// <summary>
/// Converts the lines of an answer (Markdown with HTML) to plain text: fenced code is kept verbatim and
/// collected as <see cref="CodeBlock"/>s; headings, quotes, rules and table syntax are reduced to text.
/// </summary>
internal static partial class MarkdownBody
{
    public static PlainBody Convert(IReadOnlyList<string> lines)
    {
        var output = new List<(string Text, bool IsCode)>();
        var code = new List<CodeBlock>();
        var links = new List<string>();
        var prose = new List<string>();
        Fence? fence = null;
        var codeLines = new List<string>();

        foreach (var line in lines)
        {
            if (fence is { } open)
            {
                if (open.IsClosedBy(line))
                {
                    code.Add(new CodeBlock(open.Language, string.Join('\n', codeLines)));
                    output.AddRange(codeLines.Select(l => (l, true)));
                    codeLines.Clear();
                    fence = null;
                }
                else
                {
                    codeLines.Add(open.Dedent(line));
                }
            }
            else if (Fence.TryOpen(line, out var opened))
            {
                FlushProse(prose, output, links);
                fence = opened;
            }
            else
            {
                AddProseLine(line, prose, links);
            }
        }

        if (fence is { } unclosed)
        {
            code.Add(new CodeBlock(unclosed.Language, string.Join('\n', codeLines)));
            output.AddRange(codeLines.Select(l => (l, true)));
        }

        FlushProse(prose, output, links);
        return new PlainBody(Join(output), code, links);
    }

    private static void AddProseLine(string line, List<string> prose, List<string> links)
    {
        if (AnchorOnlyLine().IsMatch(line) || TableSeparator().IsMatch(line))
        {
            return;
        }

        if (ReferenceDefinition().Match(line) is { Success: true } definition)
        {
            MarkdownInline.AddLink(definition.Groups["url"].Value, links);
            return;
        }

        if (HorizontalRule().IsMatch(line))
        {
            prose.Add("");
            return;
        }

        var text = StripQuoteMarks(line);
        text = HeadingMark().Replace(text, "");
        var trimmed = text.Trim();
        if (trimmed.StartsWith('|') && trimmed.EndsWith('|') && trimmed.Length > 1)
        {
            text = string.Join(" | ", trimmed[1..^1].Split('|').Select(cell => cell.Trim()));
        }

        prose.Add(text);
    }

    private static void FlushProse(List<string> prose, List<(string Text, bool IsCode)> output, List<string> links)
    {
        if (prose.Count == 0)
        {
            return;
        }

        var chunk = HtmlText.RemoveHiddenContent(string.Join('\n', prose));
        var plain = MarkdownInline.ToPlain(chunk, links);
        output.AddRange(plain.Split('\n').Select(l => (l.TrimEnd(), false)));
        prose.Clear();
    }

    /// <summary>Trims blank lines at both ends and collapses runs of blank prose lines to one.</summary>
    private static string Join(List<(string Text, bool IsCode)> output)
    {
        var kept = new List<string>(output.Count);
        foreach (var (text, isCode) in output)
        {
            var blank = !isCode && string.IsNullOrWhiteSpace(text);
            if (blank && (kept.Count == 0 || kept[^1].Length == 0))
            {
                continue;
            }

            kept.Add(blank ? "" : text);
        }

        while (kept.Count > 0 && string.IsNullOrWhiteSpace(kept[^1]))
        {
            kept.RemoveAt(kept.Count - 1);
        }

        return string.Join('\n', kept);
    }

    private static string StripQuoteMarks(string line)
    {
        var span = line.AsSpan();
        var trimmed = span.TrimStart();
        if (trimmed.IsEmpty || trimmed[0] != '>')
        {
            return line;
        }

        while (!trimmed.IsEmpty && trimmed[0] == '>')
        {
            trimmed = trimmed[1..].TrimStart();
        }

        return trimmed.ToString();
    }

    [GeneratedRegex(@"^[ \t]{0,3}#{1,6}(?:[ \t]+|$)", RegexOptions.NonBacktracking)]
    private static partial Regex HeadingMark();

    [GeneratedRegex(@"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$", RegexOptions.NonBacktracking)]
    private static partial Regex HorizontalRule();

    [GeneratedRegex(@"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$", RegexOptions.NonBacktracking)]
    private static partial Regex TableSeparator();

    [GeneratedRegex(@"^ {0,3}\[[^\]]+\]:\s*<?(?<url>[^\s>]+)>?", RegexOptions.NonBacktracking)]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"^\s*\[[^\]]*\]\(#[^)]*\)\s*$", RegexOptions.NonBacktracking)]
    private static partial Regex AnchorOnlyLine();
}
