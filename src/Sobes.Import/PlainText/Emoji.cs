using System.Globalization;
using System.Text;

namespace Sobes.Import.PlainText;

/// <summary>Pictographs and symbols that decorate channel posts: leading header emoji, list bullets, reaction glyphs.</summary>
internal static class Emoji
{
    public static bool IsDecoration(Rune rune)
    {
        var value = rune.Value;
        if (value is 0x200D or 0x20E3 or 0xFE0F or 0xFE0E)
        {
            return true;
        }

        if (value is >= 0x1F000 and <= 0x1FAFF or >= 0x2190 and <= 0x2BFF)
        {
            return true;
        }

        var category = Rune.GetUnicodeCategory(rune);
        return category is UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol && value > 0x7F;
    }

    /// <summary>True when the line opens with a pictograph or a keycap digit ("1️⃣").</summary>
    public static bool StartsWithDecoration(string line) =>
        line.Length > 0 && DecorationPrefixLength(line) > 0 && !char.IsWhiteSpace(line[0]);

    /// <summary>The line without its leading pictographs and the spaces after them.</summary>
    public static string StripLeading(string line) => line[DecorationPrefixLength(line)..].TrimStart();

    /// <summary>The line without its trailing pictographs ("Подписаться👈").</summary>
    public static string StripTrailing(string line)
    {
        var end = line.Length;
        while (end > 0)
        {
            var status = Rune.DecodeLastFromUtf16(line.AsSpan(0, end), out var rune, out var consumed);
            if (status != System.Buffers.OperationStatus.Done || !(IsDecoration(rune) || Rune.IsWhiteSpace(rune)))
            {
                break;
            }

            end -= consumed;
        }

        return line[..end];
    }

    /// <summary>Lower-case letters and digits with single spaces between words: what two renderings of one line share.</summary>
    public static string Normalise(string line)
    {
        var builder = new StringBuilder(line.Length);
        var pendingSpace = false;
        foreach (var rune in line.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                var lower = Rune.ToLowerInvariant(rune);
                if (lower.IsBmp)
                {
                    builder.Append((char)lower.Value);
                }
                else
                {
                    builder.Append(lower.ToString());
                }
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    private static int DecorationPrefixLength(string line)
    {
        var index = 0;
        var lastDecorationEnd = 0;
        while (index < line.Length)
        {
            if (IsKeycapAt(line, index))
            {
                index += 2;
                lastDecorationEnd = index;
                continue;
            }

            if (Rune.DecodeFromUtf16(line.AsSpan(index), out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                break;
            }

            if (IsDecoration(rune))
            {
                index += consumed;
                lastDecorationEnd = index;
            }
            else if (Rune.IsWhiteSpace(rune) && lastDecorationEnd > 0)
            {
                index += consumed;
            }
            else
            {
                break;
            }
        }

        return lastDecorationEnd == 0 ? 0 : index;
    }

    private static bool IsKeycapAt(string line, int index) =>
        index + 1 < line.Length && (char.IsAsciiDigit(line[index]) || line[index] is '#' or '*') && line[index + 1] is '\uFE0F' or '\u20E3';
}
