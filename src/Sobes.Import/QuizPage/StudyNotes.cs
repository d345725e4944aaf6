using System.Text;
using System.Text.RegularExpressions;
using Sobes.Core.Posts;

namespace Sobes.Import.QuizPage;

/// <summary>A "Study Notes" section: a heading line and its bullets.</summary>
internal sealed class NoteSection(string heading, int line)
{
    public string Heading { get; } = heading;

    public int Line { get; } = line;

    public List<string> Bullets { get; } = [];

    public int TextLength => Bullets.Sum(b => b.Length);

    public string Text => Bullets.Count == 0 ? Heading : Heading + "\n" + string.Join('\n', Bullets.Select(b => "- " + b));
}

/// <summary>
/// Study-notes helpers. Quiz pages print their notes twice, the second time paraphrased under the same
/// headings, so sections are merged by normalised heading, keeping the richer rendition.
/// </summary>
internal static partial class StudyNotes
{
    private static readonly string[] BulletMarks = ["- ", "• ", "* ", "– ", "— "];

    public static bool TryBullet(string line, out string bullet)
    {
        foreach (var mark in BulletMarks)
        {
            if (line.StartsWith(mark, StringComparison.Ordinal))
            {
                bullet = line[mark.Length..].Trim();
                return true;
            }
        }

        bullet = "";
        return false;
    }

    /// <summary>Splits a Markdown heading the page glued to the end of a line: "… training.### Problems" → ("… training.", "Problems").</summary>
    public static (string Before, string? Heading) SplitGluedHeading(string line)
    {
        var match = GluedHeading().Match(line);
        return match.Success ? (match.Groups["before"].Value.TrimEnd(), match.Groups["heading"].Value.Trim()) : (line, null);
    }

    public static string HeadingText(string line) => line.TrimStart('#').Trim();

    public static string NormaliseHeading(string heading)
    {
        var builder = new StringBuilder(heading.Length);
        foreach (var c in heading.ToLowerInvariant().Replace('ё', 'е'))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>
    /// One section per normalised heading, in order of first appearance; of repeated renditions the one with
    /// more bullets (then more text) is kept, and each merge is reported as an info diagnostic.
    /// </summary>
    public static List<NoteSection> Merge(IEnumerable<NoteSection> sections, string file, ICollection<Diagnostic> diagnostics)
    {
        var kept = new List<NoteSection>();
        var byHeading = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var section in sections)
        {
            var key = NormaliseHeading(section.Heading);
            if (!byHeading.TryGetValue(key, out var index))
            {
                byHeading[key] = kept.Count;
                kept.Add(section);
                continue;
            }

            var first = kept[index];
            var richer = IsRicher(section, first) ? section : first;
            kept[index] = richer;
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, file, section.Line, 0,
                $"section '{section.Heading}' repeated at line {section.Line} merged with line {first.Line}; kept the rendition at line {richer.Line}"));
        }

        return kept;
    }

    private static bool IsRicher(NoteSection candidate, NoteSection current) =>
        candidate.Bullets.Count > current.Bullets.Count
        || (candidate.Bullets.Count == current.Bullets.Count && candidate.TextLength > current.TextLength);

    [GeneratedRegex(@"^(?<before>.*?\S)\s*#{2,6}\s+(?<heading>\S.*)$", RegexOptions.NonBacktracking)]
    private static partial Regex GluedHeading();
}
