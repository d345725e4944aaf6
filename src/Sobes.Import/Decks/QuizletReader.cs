using System.Text;
using Sobes.Core.Posts;
using Sobes.Import.Text;

namespace Sobes.Import.Decks;

/// <summary>
/// Reads a Quizlet export: term and definition pairs, separated as the exporter chose (see <see cref="QuizletLayout"/>).
/// Each pair becomes a question (the term) with its answer (the definition).
/// </summary>
public sealed class QuizletReader : ISourceReader
{
    public const string FormatName = "quizlet";

    private const int SampleLength = 1 << 16;

    public string Format => FormatName;

    public double Detect(string fileName, ReadOnlySpan<byte> head)
    {
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (extension is not (".txt" or "" or ".text" or ".tsv") || TextBytes.HeadText(head) is not { } text || AnkiTextHeader.Starts(text))
        {
            return 0;
        }

        return QuizletLayout.Infer(text, complete: head.Length < SampleLength) is { } found ? found.Confidence : 0;
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
        var sample = new StringBuilder();
        for (var i = 0; i < SampleLength && cursor.Peek(i) is var c and >= 0; i++)
        {
            sample.Append((char)c);
        }

        if (QuizletLayout.Infer(sample.ToString(), complete: sample.Length < SampleLength) is not ({ } layout, _))
        {
            diagnostics.Add(Diagnostic.Error(file, 1, 0,
                "not a Quizlet export: no separator between terms and definitions holds on four rows in five (tried tab, \" - \", comma, semicolon, colon, \"=\")"));
            yield break;
        }

        // Rows of a custom separator may span lines and carry the line breaks around them.
        var format = new DelimitedFormat(layout.TermSeparator, layout.RowSeparator, Quoted: false, Comments: false);
        foreach (var record in DelimitedRecords.Read(cursor, format, cancellationToken))
        {
            if (record.Problem is { } problem)
            {
                diagnostics.Add(Diagnostic.Warning(file, record.Line, 0, problem));
                continue;
            }

            var line = record.Line + LeadingLines(record.Fields[0]);
            if (record.Fields.Count < 2)
            {
                diagnostics.Add(Diagnostic.Warning(file, line, 0, "no separator between term and definition; skipped"));
                continue;
            }

            var definition = string.Join(layout.TermSeparator, record.Fields.Skip(1));
            var note = new DeckNote { Line = line, Place = $"line {line}", Fields = [record.Fields[0].Trim(), definition.Trim()] };
            if (DeckPosts.ToPost(note, out var skipped) is { } post)
            {
                yield return post;
            }
            else
            {
                diagnostics.Add(Diagnostic.Warning(file, line, 0, $"{skipped}; skipped"));
            }
        }
    }

    private static int LeadingLines(string field)
    {
        var count = 0;
        foreach (var c in field)
        {
            if (c == '\n')
            {
                count++;
            }
            else if (!char.IsWhiteSpace(c))
            {
                break;
            }
        }

        return count;
    }
}
