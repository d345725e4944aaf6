using Sobes.Core.Posts;

namespace Sobes.Import.Decks;

/// <summary>
/// The "#key:value" lines at the head of an Anki "Notes in Plain Text" file (rslib's text/csv/metadata.rs names them):
/// separator, html, tags, columns, notetype, deck, and the 1-based "notetype column", "deck column", "tags column" and
/// "guid column". A first line "tags:…" gives tags too, as older exports wrote it.
/// </summary>
internal sealed record AnkiTextHeader
{
    private static readonly (string Name, string Separator)[] Separators =
        [("tab", "\t"), ("pipe", "|"), ("semicolon", ";"), ("colon", ":"), ("comma", ","), ("space", " ")];

    public string? Separator { get; init; }

    public bool? Html { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public string? ColumnsLine { get; init; }

    public string? NoteType { get; init; }

    public string? Deck { get; init; }

    public int NoteTypeColumn { get; init; }

    public int DeckColumn { get; init; }

    public int TagsColumn { get; init; }

    public int GuidColumn { get; init; }

    /// <summary>True when the text starts with a line Anki reads as a header.</summary>
    public static bool Starts(string head)
    {
        var first = head.TrimStart('\uFEFF');
        var end = first.IndexOfAny(['\n', '\r']);
        var line = end < 0 ? first : first[..end];
        return line.StartsWith("tags:", StringComparison.Ordinal)
            || (line.StartsWith('#') && line.IndexOf(':', StringComparison.Ordinal) is > 1 and var colon
                && Key(line[1..colon]) is "separator" or "html" or "tags" or "columns" or "notetype" or "deck"
                    or "notetype column" or "deck column" or "tags column" or "guid column");
    }

    /// <summary>Reads the header lines the cursor stands on; unknown keys are kept out with an info diagnostic.</summary>
    public static AnkiTextHeader Read(CharCursor cursor, string file, ICollection<Diagnostic> diagnostics)
    {
        var header = new AnkiTextHeader();
        var first = true;
        while (!cursor.AtEnd && cursor.AtLineStart && (cursor.Peek() == '#' || (first && cursor.StartsWith("tags:"))))
        {
            var number = cursor.Line;
            var line = ReadLine(cursor);
            if (first && line.StartsWith("tags:", StringComparison.Ordinal))
            {
                header = header with { Tags = SplitTags(line[5..]) };
            }
            else if (line.IndexOf(':', StringComparison.Ordinal) is > 1 and var colon)
            {
                header = header.With(Key(line[1..colon]), line[(colon + 1)..], file, number, diagnostics);
            }

            first = false;
        }

        return header;
    }

    public static IReadOnlyList<string> SplitTags(string text) => text.Split([' ', '\t', '\u3000'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The separator Anki would guess for a file without one: the first of tab, pipe, semicolon, colon, comma, space found.</summary>
    public static string GuessSeparator(string sample) =>
        Separators.Select(s => s.Separator).FirstOrDefault(s => sample.Contains(s, StringComparison.Ordinal)) ?? " ";

    private AnkiTextHeader With(string key, string value, string file, int line, ICollection<Diagnostic> diagnostics)
    {
        int Column()
        {
            if (int.TryParse(value.Trim(), out var n) && n > 0)
            {
                return n;
            }

            diagnostics.Add(Diagnostic.Warning(file, line, 0, $"'#{key}:' wants a column number from 1, not '{value.Trim()}'; ignored"));
            return 0;
        }

        switch (key)
        {
            case "separator":
                var named = Separators.FirstOrDefault(s => s.Name.Equals(value.Trim(), StringComparison.OrdinalIgnoreCase) || s.Separator == value).Separator;
                if (named is null)
                {
                    diagnostics.Add(Diagnostic.Warning(file, line, 0, $"unknown separator '{value}'; the separator is guessed from the notes"));
                }

                return this with { Separator = named };
            case "html":
                return bool.TryParse(value.Trim(), out var html) ? this with { Html = html } : this;
            case "tags":
                return this with { Tags = SplitTags(value) };
            case "columns":
                return this with { ColumnsLine = value };
            case "notetype":
                return this with { NoteType = value.Trim() };
            case "deck":
                return this with { Deck = value.Trim() };
            case "notetype column":
                return this with { NoteTypeColumn = Column() };
            case "deck column":
                return this with { DeckColumn = Column() };
            case "tags column":
                return this with { TagsColumn = Column() };
            case "guid column":
                return this with { GuidColumn = Column() };
            default:
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, file, line, 0, $"header '#{key}:' is not one Sobes reads; ignored"));
                return this;
        }
    }

    private static string Key(string text) => text.Trim().ToLowerInvariant();

    private static string ReadLine(CharCursor cursor)
    {
        var line = new System.Text.StringBuilder();
        while (!cursor.AtEnd && !cursor.TakeLineBreak())
        {
            line.Append(cursor.Take());
        }

        return line.ToString();
    }
}
