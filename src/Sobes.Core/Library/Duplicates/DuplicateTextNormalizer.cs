using System.Buffers;
using System.Globalization;
using System.Text;
using Sobes.Core.Text;

namespace Sobes.Core.Library.Duplicates;

/// <summary>
/// Reduces a text to the form duplicate detection compares: NFKC, lower case, ё folded to е,
/// soft hyphens and combining marks (stress accents) dropped, every run of punctuation, symbols, emoji and
/// white space collapsed to one space, no leading or trailing space.
/// </summary>
public static class DuplicateTextNormalizer
{
    /// <summary>Returns the normalised form of <paramref name="text"/>: "Ёлка — 🎄 это, Tree!" becomes "елка это tree".</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string composed = Compose(text);
        char[] buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, composed.Length));
        try
        {
            int length = NormalizeInto(composed, buffer);
            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    internal static string Compose(string text) =>
        MayChangeUnderNfkc(text) && !text.IsNormalized(NormalizationForm.FormKC) ? text.Normalize(NormalizationForm.FormKC) : text;

    // Asking ICU costs more than the rest of fingerprinting, so it is asked only when a character could matter:
    // a non-ASCII letter, number or mark outside the Cyrillic block. NFKC changes of punctuation and emoji
    // are irrelevant here, as those become spaces either way.
    private static bool MayChangeUnderNfkc(string text)
    {
        foreach (char c in text)
        {
            if (c >= '\u0080' && c is < '\u0400' or > '\u04FF' && !char.IsSurrogate(c)
                && (char.IsLetterOrDigit(c) || char.IsNumber(c) || IsMark(c)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Writes the normalised form of an already NFKC-composed text; <paramref name="destination"/> must be as long as the source.</summary>
    internal static int NormalizeInto(ReadOnlySpan<char> composed, Span<char> destination)
    {
        int length = 0;
        bool pendingSpace = false;
        foreach (char c in composed)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && length > 0)
                {
                    destination[length++] = ' ';
                }

                pendingSpace = false;
                char lower = InvariantCase.ToLower(c);
                destination[length++] = lower == 'ё' ? 'е' : lower;
            }
            else if (!IsInvisibleInsideWord(c))
            {
                pendingSpace = true;
            }
        }

        return length;
    }

    // Soft hyphens and combining marks (Russian stress accents, emoji variation selectors) sit inside words.
    private static bool IsInvisibleInsideWord(char c)
    {
        if (c < '\u0300')
        {
            return c == '\u00AD';
        }

        return IsMark(c);
    }

    private static bool IsMark(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
