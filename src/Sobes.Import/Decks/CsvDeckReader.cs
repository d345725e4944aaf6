using Sobes.Core.Posts;
using Sobes.Import.Text;

namespace Sobes.Import.Decks;

/// <summary>
/// Reads CSV or TSV with a header row naming a question column and an answer column (question/front/term/вопрос,
/// answer/back/definition/ответ), and optionally tags, deck and id columns. Fields are quoted as RFC 4180 says.
/// </summary>
public sealed class CsvDeckReader : ISourceReader
{
    public const string FormatName = "csv";

    public string Format => FormatName;

    public double Detect(string fileName, ReadOnlySpan<byte> head)
    {
        if (TextBytes.HeadText(head) is not { } text)
        {
            return 0;
        }

        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        var end = text.IndexOfAny(['\n', '\r']);
        var first = end < 0 ? text : text[..end];
        var named = CsvColumns.Find(first.Split(CsvColumns.SeparatorOf(first)).Select(f => f.Trim('"')).ToList()) is not null;
        return (named, extension is ".csv" or ".tsv") switch
        {
            (true, true) => 0.95,
            (true, false) => 0.8,
            (false, true) => 0.4,
            _ => 0,
        };
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
        var headerLine = new System.Text.StringBuilder();
        for (var i = 0; cursor.Peek(i) is var c and >= 0 and not '\n' and not '\r' && i < DelimitedRecords.MaxRecordLength; i++)
        {
            headerLine.Append((char)c);
        }

        var format = new DelimitedFormat(CsvColumns.SeparatorOf(headerLine.ToString()), null, Quoted: true, Comments: false);
        CsvColumns? columns = null;
        foreach (var record in DelimitedRecords.Read(cursor, format, cancellationToken))
        {
            if (record.Problem is { } problem)
            {
                if (record.Fields.Count > 0)
                {
                    diagnostics.Add(Diagnostic.Error(file, record.Line, 0, problem));
                    yield break;
                }

                diagnostics.Add(Diagnostic.Warning(file, record.Line, 0, problem));
                continue;
            }

            if (columns is null)
            {
                columns = CsvColumns.Find(record.Fields);
                if (columns is null)
                {
                    diagnostics.Add(Diagnostic.Error(file, record.Line, 0,
                        $"the header row names no question and answer columns (found: {string.Join(", ", record.Fields.Select(f => $"'{f}'"))}); "
                        + "name them question and answer (or front and back, term and definition), or import a headerless term–definition list with --format quizlet"));
                    yield break;
                }

                continue;
            }

            if (record.Fields.Count <= Math.Max(columns.Question, columns.Answer))
            {
                diagnostics.Add(Diagnostic.Warning(file, record.Line, 0, $"the row has {record.Fields.Count} field(s), too few to reach the question and answer columns; skipped"));
                continue;
            }

            if (DeckPosts.ToPost(ToNote(record, columns), out var skipped) is { } post)
            {
                yield return post;
            }
            else
            {
                diagnostics.Add(Diagnostic.Warning(file, record.Line, 0, $"{skipped}; skipped"));
            }
        }

        if (columns is null && !diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            diagnostics.Add(Diagnostic.Error(file, 0, 0, "no rows: the file holds no header and no cards"));
        }
    }

    private static DeckNote ToNote(DelimitedRecord record, CsvColumns columns)
    {
        string Column(int index) => index >= 0 && index < record.Fields.Count ? record.Fields[index].Trim() : "";

        return new DeckNote
        {
            Line = record.Line,
            Place = $"line {record.Line}",
            Guid = Column(columns.Guid) is { Length: > 0 } guid ? guid : null,
            Deck = Column(columns.Deck) is { Length: > 0 } deck ? deck : null,
            Fields = [Column(columns.Question), Column(columns.Answer)],
            Tags = AnkiTextHeader.SplitTags(Column(columns.Tags)),
            Html = false,
        };
    }
}
