using System.Text;
using Sobes.Core.Posts;

namespace Sobes.Import.QuizPage;

/// <summary>One line of a text source, 1-based, without its line break.</summary>
internal readonly record struct SourceLine(int Number, string Text);

/// <summary>
/// Splits a text source into lines for the line-based readers (quiz page, Markdown): decodes UTF-8 or
/// UTF-16 (by BOM), refuses binary content and empty files, and truncates overlong lines, reporting each
/// as a diagnostic rather than throwing.
/// </summary>
internal static partial class SourceLines
{
    public const int MaxLineLength = 1 << 16;

    private const int ChunkSize = 1 << 14;

    public static IEnumerable<SourceLine> Read(
        Stream content, SourceInfo source, ICollection<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(diagnostics);

        var bytes = new byte[ChunkSize];
        var read = ReadFully(content, bytes);
        if (read == 0)
        {
            diagnostics.Add(Diagnostic.Error(source.Path, 0, 0, "the file is empty"));
            yield break;
        }

        var (encoding, preamble) = DetectEncoding(bytes.AsSpan(0, read));
        var binaryAt = encoding is UTF8Encoding ? FindBinaryMarker(bytes.AsSpan(preamble, read - preamble)) : -1;
        if (binaryAt >= 0)
        {
            diagnostics.Add(Diagnostic.Error(source.Path, 0, 0, $"binary content at byte offset {binaryAt + preamble}: not a text file"));
            yield break;
        }

        var splitter = new LineSplitter(encoding.GetDecoder());
        var offset = (long)preamble;
        var start = preamble;
        var sawText = false;
        while (read > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (encoding is UTF8Encoding && start == 0 && bytes.AsSpan(0, read).IndexOf((byte)0) is var nul and >= 0)
            {
                diagnostics.Add(Diagnostic.Error(source.Path, splitter.LineNumber, 0, $"binary content (NUL byte at byte offset {offset + nul}): not a text file"));
                yield break;
            }

            foreach (var line in splitter.Feed(bytes.AsSpan(start, read - start), flush: false))
            {
                sawText |= !string.IsNullOrWhiteSpace(line.Line.Text);
                yield return Checked(line, source, diagnostics);
            }

            offset += read - start;
            start = 0;
            read = ReadFully(content, bytes);
        }

        foreach (var line in splitter.Feed([], flush: true))
        {
            sawText |= !string.IsNullOrWhiteSpace(line.Line.Text);
            yield return Checked(line, source, diagnostics);
        }

        if (!sawText)
        {
            diagnostics.Add(Diagnostic.Error(source.Path, 0, 0, "the file is empty (whitespace only)"));
        }
    }

    private static SourceLine Checked((SourceLine Line, long FullLength) line, SourceInfo source, ICollection<Diagnostic> diagnostics)
    {
        if (line.FullLength > MaxLineLength)
        {
            diagnostics.Add(Diagnostic.Warning(source.Path, line.Line.Number, MaxLineLength + 1,
                $"line is {line.FullLength} characters long; kept the first {MaxLineLength}"));
        }

        return line.Line;
    }

    private static int ReadFully(Stream content, byte[] buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var n = content.Read(buffer, total, buffer.Length - total);
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        return total;
    }

    private static (Encoding Encoding, int Preamble) DetectEncoding(ReadOnlySpan<byte> head) => head switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (new UTF8Encoding(false), 3),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        _ => (new UTF8Encoding(false), 0),
    };

    /// <summary>A NUL byte, or many control bytes, in the head of a UTF-8 file means it is not text.</summary>
    private static int FindBinaryMarker(ReadOnlySpan<byte> head)
    {
        var nul = head.IndexOf((byte)0);
        if (nul >= 0)
        {
            return nul;
        }

        var controls = 0;
        var first = -1;
        for (var i = 0; i < head.Length; i++)
        {
            if (head[i] < 0x20 && head[i] is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C or 0x1B))
            {
                controls++;
                first = first < 0 ? i : first;
            }
        }

        return controls * 20 > head.Length ? first : -1;
    }
}
