using System.Text.RegularExpressions;

namespace Sobes.Import.Markdown;

/// <summary>
/// The raw lines of a &lt;details&gt; element, collected until its closing tag (nested details counted,
/// not recursed into); its &lt;summary&gt; is the question, the rest the answer.
/// </summary>
internal sealed partial class DetailsBlock
{
    private readonly List<string> _lines = [];
    private int _depth;

    public DetailsBlock(int line, string first)
    {
        Line = line;
        Add(first);
    }

    public int Line { get; }

    public bool IsComplete => _depth <= 0;

    /// <summary>The summary's inner markup, or null when the block has none.</summary>
    public string? Summary
    {
        get
        {
            var match = SummaryElement().Match(string.Join('\n', _lines));
            return match.Success ? match.Groups["summary"].Value.Replace('\n', ' ').Trim() : null;
        }
    }

    public static bool Opens(string line) => line.Contains("<details", StringComparison.OrdinalIgnoreCase);

    /// <summary>Adds a line; true when the block is complete.</summary>
    public bool Add(string line)
    {
        _lines.Add(line);
        _depth += Count(line, "<details") - Count(line, "</details");
        return IsComplete;
    }

    /// <summary>The content between the summary (or the opening tag) and the final closing tag, as lines.</summary>
    public IEnumerable<string> BodyLines()
    {
        var text = string.Join('\n', _lines);
        var start = text.IndexOf("</summary>", StringComparison.OrdinalIgnoreCase) is var close and >= 0
            ? close + "</summary>".Length
            : text.IndexOf('>', text.IndexOf("<details", StringComparison.OrdinalIgnoreCase)) + 1;
        var end = text.LastIndexOf("</details>", StringComparison.OrdinalIgnoreCase);
        end = end < start ? text.Length : end;
        return text[start..end].Split('\n');
    }

    private static int Count(string line, string tag)
    {
        var count = 0;
        var at = line.IndexOf(tag, StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            count++;
            at = line.IndexOf(tag, at + tag.Length, StringComparison.OrdinalIgnoreCase);
        }

        return count;
    }

    [GeneratedRegex(@"<summary[^>]*>(?<summary>.*?)</summary>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex SummaryElement();
}
