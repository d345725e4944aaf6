using System.Text.RegularExpressions;

namespace Sobes.Import.Markdown;

/// <summary>An open fenced code block: its marker ("```" or "~~~", possibly longer), indentation and language.</summary>
internal readonly partial record struct Fence(char Mark, int Length, int Indent, string? Language)
{
    public static bool TryOpen(string line, out Fence fence)
    {
        var match = Opening().Match(line);
        if (!match.Success)
        {
            fence = default;
            return false;
        }

        var marks = match.Groups["marks"].Value;
        var language = match.Groups["info"].Value.Trim().Split(' ', 2)[0].Trim('{', '}', '.');
        fence = new Fence(marks[0], marks.Length, match.Groups["indent"].Length, language.Length == 0 ? null : language);
        return true;
    }

    public bool IsClosedBy(string line)
    {
        var trimmed = line.AsSpan().Trim();
        if (trimmed.Length < Length)
        {
            return false;
        }

        foreach (var c in trimmed)
        {
            if (c != Mark)
            {
                return false;
            }
        }

        return true;
    }

    public string Dedent(string line)
    {
        var remove = 0;
        while (remove < Indent && remove < line.Length && line[remove] == ' ')
        {
            remove++;
        }

        return line[remove..];
    }

    [GeneratedRegex(@"^(?<indent> *)(?<marks>`{3,}|~{3,})(?<info>[^`]*)$")]
    private static partial Regex Opening();
}
