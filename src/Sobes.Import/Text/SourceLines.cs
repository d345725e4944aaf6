using System.Text;
using Sobes.Core.Posts;

namespace Sobes.Import.Text;

/// <summary>One line of a text source, 1-based, without its line break.</summary>
internal readonly record struct SourceLine(int Number, string Text);

/// <summary>
/// Splits a text source into lines for the line-based readers (quiz page, Markdown), streaming: decodes UTF-8 or
/// UTF-16 (by BOM), refuses binary content and empty files (as <see cref="TextBytes"/> tells them), and truncates
/// lines over the source's record cap (<see cref="SourceInfo.MaxRecordLength"/>), reporting each as a diagnostic rather
/// than throwing.
/// </summary>
internal static partial class SourceLines
{
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
            diagnostics.Add(Diagnostic.Error(source.Path, 0, 0, SourceText.Messages.Empty));
            yield break;
        }

        var (encoding, preamble) = TextBytes.DetectEncoding(bytes.AsSpan(0, read));
        if (TextBytes.FindBinary(bytes.AsSpan(0, read)) is { } binaryAt)
        {
            diagnostics.Add(Diagnostic.Error(source.Path, 0, 0, SourceText.Messages.Binary(binaryAt)));
            yield break;
        }

        var splitter = new LineSplitter(encoding.GetDecoder(), source.MaxRecordLength);
        var offset = (long)preamble;
        var start = preamble;
        var sawText = false;
        while (read > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (encoding is UTF8Encoding && bytes.AsSpan(start, read - start).IndexOf((byte)0) is var nul and >= 0)
            {
                diagnostics.Add(Diagnostic.Error(source.Path, splitter.LineNumber, 0, SourceText.Messages.Binary(offset + nul)));
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
            diagnostics.Add(Diagnostic.Error(source.Path, 0, 0, SourceText.Messages.Blank));
        }
    }

    private static SourceLine Checked((SourceLine Line, long FullLength) line, SourceInfo source, ICollection<Diagnostic> diagnostics)
    {
        if (RecordLimit.IsOverlong(source, line.FullLength))
        {
            diagnostics.Add(Diagnostic.Warning(source.Path, line.Line.Number, source.MaxRecordLength + 1,
                $"line is {line.FullLength} characters long; kept the first {source.MaxRecordLength}"));
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
}
