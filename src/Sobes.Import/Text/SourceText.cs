using Sobes.Core.Posts;

namespace Sobes.Import.Text;

/// <summary>
/// Reads a whole text file for the readers that need all of it at once (HTML pages, plain-text channel copies):
/// decodes UTF-8 or UTF-16 (by byte order mark) and refuses empty, binary and blank input with an error naming the file.
/// </summary>
internal static class SourceText
{
    private const int HeadLength = 1 << 14;

    /// <summary>The index of the first line over the source's record cap (<see cref="SourceInfo.MaxRecordLength"/>), or null.</summary>
    public static int? FindOverlongLine(List<string> lines, SourceInfo source)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(source);
        var index = lines.FindIndex(l => RecordLimit.IsOverlong(source, l.Length));
        return index >= 0 ? index : null;
    }

    public static string? ReadAll(Stream content, string file, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(diagnostics);
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (bytes.IsEmpty)
        {
            diagnostics.Add(Diagnostic.Error(file, 0, 0, Messages.Empty));
            return null;
        }

        var (encoding, preamble) = TextBytes.DetectEncoding(bytes);
        var binary = TextBytes.FindBinary(bytes);
        if (binary is null && preamble != 2 && bytes.IndexOf((byte)0) is var nul && nul >= 0)
        {
            binary = nul;
        }

        if (binary is { } offset)
        {
            diagnostics.Add(Diagnostic.Error(file, 0, 0, Messages.Binary(offset)));
            return null;
        }

        var text = encoding.GetString(bytes[preamble..]);
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(Diagnostic.Error(file, 0, 0, Messages.Blank));
            return null;
        }

        return text;
    }

    /// <summary>
    /// Opens a text file for streaming: null with an error for empty or binary input (judged by its head); else a
    /// reader decoding UTF-8 or UTF-16 by byte order mark, which the caller disposes (it leaves the stream open).
    /// </summary>
    public static TextReader? Open(Stream content, string file, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var head = new byte[HeadLength];
        var read = 0;
        int n;
        while (read < head.Length && (n = content.Read(head, read, head.Length - read)) > 0)
        {
            read += n;
        }

        if (read == 0)
        {
            diagnostics.Add(Diagnostic.Error(file, 0, 0, Messages.Empty));
            return null;
        }

        if (TextBytes.FindBinary(head.AsSpan(0, read)) is { } offset)
        {
            diagnostics.Add(Diagnostic.Error(file, 0, 0, Messages.Binary(offset)));
            return null;
        }

        var (encoding, preamble) = TextBytes.DetectEncoding(head.AsSpan(0, read));
        var rest = new HeadThenRest(head.AsMemory(preamble, read - preamble), content);
        return new StreamReader(rest, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 14, leaveOpen: false);
    }

    /// <summary>Splits on \n, \r\n and \r.</summary>
    public static List<string> SplitLines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\r')
            {
                lines.Add(text[start..i]);
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }

    /// <summary>The words every text reader uses for input that is not text.</summary>
    internal static class Messages
    {
        public const string Empty = "file is empty";

        public const string Blank = "file is empty (whitespace only)";

        public static string Binary(long offset) => $"binary content at byte offset {offset}: not a text file";
    }
}
