using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Sobes.Core.Library;

// The checks that let Normalize return a text that is normalised already as it is, without ICU or a copy.
public static partial class TextNormalizer
{
    // UAX #15's quick check, answered without ICU for the scripts of this library: a text of characters that are each
    // NFC and never combine with a neighbour (NFC_Quick_Check=Yes, canonical combining class 0) is NFC. Those taken
    // here: U+0000–U+02FF, Cyrillic bar its combining marks, general punctuation bar two spaces that decompose,
    // currency signs, box drawing to dingbats, and emoji (U+1F000–U+1FBFF). Anything else goes to ICU.
    internal static bool IsComposedStarters(ReadOnlySpan<char> text)
    {
        for (var i = SkipPlain(text, 0); i < text.Length; i = SkipPlain(text, i + 1))
        {
            var c = text[i];
            if (c < '\u0300' || IsComposedStarter(c))
            {
                continue;
            }

            if (c is >= '\uD83C' and <= '\uD83E' && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            return false;
        }

        return true;
    }

    internal static bool IsComposedStarter(char c) =>
        c is (>= '\u0400' and <= '\u0482') or (>= '\u048A' and <= '\u04FF') or (>= '\u2002' and <= '\u206F') or (>= '\u20A0' and <= '\u20C0') or (>= '\u2500' and <= '\u27BF');

    // True when Clean would return the text unchanged: no character it drops or replaces, no blank line first or
    // last, no two blank lines in a row, no line that ends in white space (which also rules out a line of spaces).
    private static bool IsClean(string s)
    {
        if (s.Length > 0 && char.IsWhiteSpace(s[^1]))
        {
            return false;
        }

        for (var i = SkipPlain(s, 0); i < s.Length; i = SkipPlain(s, i + 1))
        {
            var c = s[i];
            if (c == '\n')
            {
                if (i == 0 || (s[i - 1] == '\n' ? i < 2 || s[i - 2] == '\n' : char.IsWhiteSpace(s[i - 1])))
                {
                    return false;
                }
            }
            else if (c is '\r' or '\t' or '\u00A0' || IsDropped(c))
            {
                return false;
            }
        }

        return true;
    }

    // The index of the first character from start on that is not printable ASCII or А–я (most of any text, and
    // nothing the checks above need to look at), or the text's length; a vector of characters at a time where it can.
    private static int SkipPlain(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        if (Vector256.IsHardwareAccelerated)
        {
            var units = MemoryMarshal.Cast<char, ushort>(text);
            var (space, asciiWidth) = (Vector256.Create((ushort)' '), Vector256.Create((ushort)('~' - ' ')));
            var (a, cyrillicWidth) = (Vector256.Create((ushort)'\u0410'), Vector256.Create((ushort)('\u044F' - '\u0410')));
            for (; i + Vector256<ushort>.Count <= units.Length; i += Vector256<ushort>.Count)
            {
                var block = Vector256.Create(units.Slice(i, Vector256<ushort>.Count));
                var plain = Vector256.LessThanOrEqual(block - space, asciiWidth) | Vector256.LessThanOrEqual(block - a, cyrillicWidth);
                if (plain != Vector256<ushort>.AllBitsSet)
                {
                    break;
                }
            }
        }

        while (i < text.Length && IsPlain(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsPlain(char c) => c is (>= ' ' and <= '~') or (>= '\u0410' and <= '\u044F');

    private static bool IsDropped(char c) => c < '\u00AD'
        ? c != '\t' && char.IsControl(c)
        : c is '\u00AD' or '\u200B' or '\u200C' or '\u2060' or '\uFEFF';
}
