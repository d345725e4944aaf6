using System.Text;

namespace Sobes.Core.Text;

/// <summary>
/// Invariant lower-casing with the scripts of this library (ASCII and basic Cyrillic) mapped in code. Outside
/// invariant-globalisation mode .NET asks ICU for every non-ASCII character, and at an import's volume that call
/// costs more than the stemming it serves. Every other character still goes to <see cref="char.ToLowerInvariant"/>,
/// so the results are the same.
/// </summary>
internal static class InvariantCase
{
    public static char ToLower(char c)
    {
        if (c < '\u0080')
        {
            return c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
        }

        // Unicode's simple case mapping: Ѐ–Џ (U+0400–U+040F) → ѐ–џ, А–Я (U+0410–U+042F) → а–я; а–џ are lower already.
        return c switch
        {
            < '\u0400' or > '\u045F' => char.ToLowerInvariant(c),
            < '\u0410' => (char)(c + 0x50),
            < '\u0430' => (char)(c + 0x20),
            _ => c,
        };
    }

    /// <summary>As <see cref="string.ToLowerInvariant"/>.</summary>
    public static string ToLower(string text)
    {
        var i = 0;
        while (i < text.Length && !char.IsSurrogate(text[i]) && ToLower(text[i]) == text[i])
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        return string.Create(text.Length, (text, i), static (buffer, state) =>
        {
            var (source, unchanged) = state;
            source.AsSpan(0, unchanged).CopyTo(buffer);
            ToLower(source.AsSpan(unchanged), buffer[unchanged..]);
        });
    }

    /// <summary>
    /// As <see cref="string.ToLowerInvariant"/>, into <paramref name="destination"/> (at least as long as the text): one
    /// character at a time, save a surrogate pair, which lowers as the code point it encodes (as a string does).
    /// </summary>
    public static void ToLower(ReadOnlySpan<char> text, Span<char> destination)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                Rune.ToLowerInvariant(new Rune(text[i], text[i + 1])).EncodeToUtf16(destination[i..]);
                i++;
            }
            else
            {
                destination[i] = ToLower(text[i]);
            }
        }
    }
}
