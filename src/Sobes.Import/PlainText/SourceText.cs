using System.Text;
using Sobes.Core.Posts;

namespace Sobes.Import.PlainText;

/// <summary>Reads the bytes of a text copy, refusing empty and binary input with a diagnostic that names the place.</summary>
internal static class SourceText
{
    private const int BinaryProbeLength = 1024;

    /// <summary>
    /// The longest line a text copy may have (as the quiz-page reader's cap): a post is far shorter, and the pipeline's
    /// per-post work grows with a line's length (a 50 MB line cost 2 GB).
    /// </summary>
    public const int MaxLineLength = QuizPage.SourceLines.MaxLineLength;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Decode(Stream content, string file, ICollection<Diagnostic> diagnostics)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (bytes.IsEmpty)
        {
            diagnostics.Add(Diagnostic.Error(file, 0, 0, "the file is empty"));
            return null;
        }

        if (FindBinary(bytes) is { } offset)
        {
            diagnostics.Add(Diagnostic.Error(file, 0, 0, $"binary content at byte offset {offset}: not a text copy of a channel"));
            return null;
        }

        var start = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var text = Encoding.UTF8.GetString(bytes[start..]);
        if (text.Trim().Length == 0)
        {
            diagnostics.Add(Diagnostic.Error(file, 0, 0, "the file holds only blank lines"));
            return null;
        }

        return text;
    }

    /// <summary>Byte offset of a NUL or of invalid UTF-8 in the first kilobyte, or null.</summary>
    internal static int? FindBinary(ReadOnlySpan<byte> bytes)
    {
        var probe = bytes[..Math.Min(bytes.Length, BinaryProbeLength)];
        var nul = probe.IndexOf((byte)0);
        if (nul >= 0)
        {
            return nul;
        }

        var decoder = StrictUtf8.GetDecoder();
        var chars = new char[probe.Length + 1];
        try
        {
            // flush: false — a multi-byte character cut by the probe's end is not an error
            decoder.Convert(probe, chars, flush: false, out _, out _, out _);
            return null;
        }
        catch (DecoderFallbackException error)
        {
            return Math.Max(0, error.Index);
        }
    }

    /// <summary>The index of the first line longer than <see cref="MaxLineLength"/>, or null.</summary>
    public static int? FindOverlongLine(List<string> lines)
    {
        var index = lines.FindIndex(l => l.Length > MaxLineLength);
        return index >= 0 ? index : null;
    }

    /// <summary>Splits on \n, \r\n and \r.</summary>
    public static List<string> SplitLines(string text)
    {
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
}
