using System.Text.RegularExpressions;
using Sobes.Core.Posts;

namespace Sobes.Import.PlainText;

/// <summary>
/// Finds runs of code a copy flattened into prose (a PyTorch model definition, a SQL query): two or more
/// neighbouring code-shaped lines, blank lines allowed between them. The lines stay in the text as well.
/// </summary>
internal static partial class CodeBlocks
{
    private const int MaximumCodeLineLength = 300;

    public static IReadOnlyList<CodeBlock> Find(IReadOnlyList<string> lines)
    {
        var blocks = new List<CodeBlock>();
        var run = new List<string>();
        foreach (var line in lines)
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (IsCodeLine(line))
            {
                run.Add(line);
                continue;
            }

            Flush(run, blocks);
        }

        Flush(run, blocks);
        return blocks;
    }

    private static void Flush(List<string> run, List<CodeBlock> blocks)
    {
        if (run.Count >= 2 && run.Any(l => Statement().IsMatch(l.Trim())))
        {
            var text = string.Join('\n', run);
            blocks.Add(new CodeBlock(GuessLanguage(text), text));
        }

        run.Clear();
    }

    internal static bool IsCodeLine(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length > MaximumCodeLineLength || ListMarker().IsMatch(trimmed))
        {
            return false;
        }

        var commentAt = trimmed.IndexOf(" #", StringComparison.Ordinal);
        var code = commentAt > 0 ? trimmed[..commentAt] : trimmed;
        if (code.Any(c => c is >= '\u0400' and <= '\u04FF'))
        {
            return false;
        }

        return Closer().IsMatch(code) || Statement().IsMatch(code) || Keyword().IsMatch(code);
    }

    private static string? GuessLanguage(string code)
    {
        if (Sql().IsMatch(code))
        {
            return "sql";
        }

        return Python().IsMatch(code) ? "python" : null;
    }

    [GeneratedRegex(@"^([-–—•*▪●]\s|\d+[.)]\s)")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^[)\]}]+[,;:]?$")]
    private static partial Regex Closer();

    [GeneratedRegex(@"^[A-Za-z_][\w.\[\]]*\s*(=[^=]|\+=|-=|\()|[A-Za-z_]\w*\([^()]*\)[,;:)]*$|[(,\[{]$")]
    private static partial Regex Statement();

    [GeneratedRegex(@"^(import|from|def|class|return|for|while|if|elif|else|print|with|try|except|lambda|select|where|group by|order by)\b")]
    private static partial Regex Keyword();

    [GeneratedRegex(@"\b(SELECT|FROM|WHERE|GROUP BY|JOIN)\b")]
    private static partial Regex Sql();

    [GeneratedRegex(@"\b(nn\.|import |def |self\.|print\(|np\.|pd\.|torch\.|=True|=False|None\b)")]
    private static partial Regex Python();
}
