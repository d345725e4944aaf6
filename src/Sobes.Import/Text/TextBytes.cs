using System.Text;

namespace Sobes.Import.Text;

/// <summary>What every text reader checks first: the encoding a byte order mark names, and whether the bytes are text at all.</summary>
internal static class TextBytes
{
    /// <summary>How far into a file binary content is looked for.</summary>
    public const int ProbeLength = 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>UTF-8, or UTF-16 when a byte order mark says so; the preamble's length in bytes.</summary>
    public static (Encoding Encoding, int Preamble) DetectEncoding(ReadOnlySpan<byte> head) => head switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (new UTF8Encoding(false), 3),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        _ => (new UTF8Encoding(false), 0),
    };

    /// <summary>A file's first bytes decoded for format detection; null when they are not text.</summary>
    public static string? HeadText(ReadOnlySpan<byte> head)
    {
        if (FindBinary(head) is not null)
        {
            return null;
        }

        var (encoding, preamble) = DetectEncoding(head);
        return encoding.GetString(head[preamble..]);
    }

    /// <summary>
    /// The byte offset (in the whole file) where the first <see cref="ProbeLength"/> bytes stop being text: a NUL,
    /// invalid UTF-8, or control bytes in more than one byte in twenty. Null for text and for UTF-16 (by its mark).
    /// </summary>
    public static int? FindBinary(ReadOnlySpan<byte> head)
    {
        var (encoding, preamble) = DetectEncoding(head);
        if (encoding is not UTF8Encoding)
        {
            return null;
        }

        var probe = head[preamble..Math.Min(head.Length, preamble + ProbeLength)];
        var nul = probe.IndexOf((byte)0);
        if (nul >= 0)
        {
            return preamble + nul;
        }

        if (InvalidUtf8(probe) is { } invalid)
        {
            return preamble + invalid;
        }

        var controls = 0;
        var first = -1;
        for (var i = 0; i < probe.Length; i++)
        {
            if (probe[i] < 0x20 && probe[i] is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C or 0x1B))
            {
                controls++;
                first = first < 0 ? i : first;
            }
        }

        return controls * 20 > probe.Length ? preamble + first : null;
    }

    private static int? InvalidUtf8(ReadOnlySpan<byte> probe)
    {
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
}
