using Sobes.Data.Library;

namespace Sobes.Web.Library;

/// <summary>
/// Imported text keeps its code blocks inline. To show them as code where they stand, the text is cut at every
/// code block found in it verbatim; blocks not found stay for a section of their own.
/// </summary>
public static class TextSegments
{
    public static (IReadOnlyList<TextSegment> Segments, IReadOnlyList<CodeView> Separate) Split(string text, IReadOnlyList<CodeView> code)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(code);
        var segments = new List<TextSegment>();
        var rest = new List<CodeView>();
        var at = 0;
        foreach (var block in code)
        {
            var body = block.Text.Trim('\n');
            var found = body.Length == 0 ? -1 : text.IndexOf(body, at, StringComparison.Ordinal);
            if (found < 0)
            {
                rest.Add(block);
                continue;
            }

            AddText(segments, text[at..found]);
            segments.Add(new TextSegment(body, block.Language ?? ""));
            at = found + body.Length;
        }

        AddText(segments, text[at..]);
        return (segments, rest);
    }

    private static void AddText(List<TextSegment> segments, string text)
    {
        var trimmed = text.Trim('\n', ' ');
        if (trimmed.Length > 0)
        {
            segments.Add(new TextSegment(trimmed, null));
        }
    }
}

/// <summary>A run of text, or a code block when <see cref="Language"/> is not null ("" when unknown).</summary>
public sealed record TextSegment(string Text, string? Language)
{
    public bool IsCode => Language is not null;
}
