using System.Text;
using Sobes.Core.Posts;
using Sobes.Import.Text;

namespace Sobes.Import.Decks;

/// <summary>
/// Reads Anki's "Notes in Plain Text" export (and any text file with its "#separator:" headers): one note a record,
/// fields quoted as CSV, meta columns for GUID, note type, deck and tags. A note with a GUID keeps its identity
/// across re-imports.
/// </summary>
public sealed class AnkiTextReader : ISourceReader
{
    public const string FormatName = "anki-text";

    public string Format => FormatName;

    public double Detect(string fileName, ReadOnlySpan<byte> head)
    {
        return TextBytes.HeadText(head) is { } text && AnkiTextHeader.Starts(text) ? 0.97 : 0;
    }

    public SourceRead Read(Stream content, SourceInfo source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(source);
        return new SourceRead(read => ReadPosts(content, source.Path, read.Log, cancellationToken));
    }

    private static IEnumerable<RawPost> ReadPosts(Stream content, string file, ICollection<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        using var reader = SourceText.Open(content, file, diagnostics);
        if (reader is null)
        {
            yield break;
        }

        var cursor = new CharCursor(reader);
        var header = AnkiTextHeader.Read(cursor, file, diagnostics);
        var separator = header.Separator ?? AnkiTextHeader.GuessSeparator(Sample(cursor));
        var meta = new[] { header.GuidColumn, header.NoteTypeColumn, header.DeckColumn, header.TagsColumn }.Where(c => c > 0).ToHashSet();
        var unknownTypes = new HashSet<string>(StringComparer.Ordinal);
        var format = new DelimitedFormat(separator, null, Quoted: true, Comments: true);
        var any = false;
        foreach (var record in DelimitedRecords.Read(cursor, format, cancellationToken))
        {
            any = true;
            if (record.Problem is { } problem)
            {
                diagnostics.Add(record.Fields.Count == 0
                    ? Diagnostic.Warning(file, record.Line, 0, problem)
                    : Diagnostic.Error(file, record.Line, 0, problem));
                if (record.Fields.Count > 0)
                {
                    yield break;
                }

                continue;
            }

            var note = ToNote(record, header, meta);
            if (note.Shape == NoteShape.Other && unknownTypes.Add(note.NoteType!))
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, file, record.Line, 0,
                    $"note type '{note.NoteType}' is neither Basic nor Cloze: its first field became the question, the others the answer"));
            }

            if (DeckPosts.ToPost(note with { Shape = note.Shape == NoteShape.Cloze ? NoteShape.Cloze : NoteShape.Basic }, out var skipped) is { } post)
            {
                yield return post;
            }
            else
            {
                diagnostics.Add(Diagnostic.Warning(file, record.Line, 0, $"{skipped}; skipped"));
            }
        }

        if (!any)
        {
            diagnostics.Add(Diagnostic.Error(file, 0, 0, "no notes: the file holds only its header"));
        }
    }

    private static DeckNote ToNote(DelimitedRecord record, AnkiTextHeader header, HashSet<int> meta)
    {
        string? Column(int column) => column > 0 && column <= record.Fields.Count ? record.Fields[column - 1] : null;

        var fields = record.Fields.Where((_, i) => !meta.Contains(i + 1)).ToList();
        var noteType = Column(header.NoteTypeColumn) ?? header.NoteType;
        var tags = header.Tags.Concat(AnkiTextHeader.SplitTags(Column(header.TagsColumn) ?? "")).Distinct(StringComparer.Ordinal).ToList();
        return new DeckNote
        {
            Line = record.Line,
            Place = $"line {record.Line}",
            Guid = Column(header.GuidColumn) is { Length: > 0 } guid ? guid : null,
            NoteType = noteType,
            Deck = Column(header.DeckColumn) ?? header.Deck,
            Fields = fields,
            Tags = tags,
            Html = header.Html ?? fields.Any(LooksLikeHtml),
            Shape = NoteTypes.ShapeOf(noteType),
        };
    }

    private static bool LooksLikeHtml(string field) =>
        field.Contains("<br", StringComparison.OrdinalIgnoreCase) || field.Contains("<div", StringComparison.OrdinalIgnoreCase)
        || field.Contains("&nbsp;", StringComparison.Ordinal) || field.Contains("</", StringComparison.Ordinal) || field.Contains("<img", StringComparison.OrdinalIgnoreCase);

    // What Anki looks at to guess a separator: the start of the notes.
    private static string Sample(CharCursor cursor)
    {
        var sample = new StringBuilder();
        for (var i = 0; i < 8192 && cursor.Peek(i) is var c and >= 0; i++)
        {
            sample.Append((char)c);
        }

        return sample.ToString();
    }
}
