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
        while (i < text.Length && IsMapped(text[i]) && ToLower(text[i]) == text[i])
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        for (var j = i; j < text.Length; j++)
        {
            if (!IsMapped(text[j]))
            {
                return text.ToLowerInvariant();
            }
        }

        return string.Create(text.Length, (text, i), static (buffer, state) =>
        {
            var (source, unchanged) = state;
            source.AsSpan(0, unchanged).CopyTo(buffer);
            for (var k = unchanged; k < source.Length; k++)
            {
                buffer[k] = ToLower(source[k]);
            }
        });
    }

    // Characters whose lower case this class computes itself, so a string of them needs no call to ICU.
    private static bool IsMapped(char c) => c < '\u0080' || c is >= '\u0400' and <= '\u045F';
}
