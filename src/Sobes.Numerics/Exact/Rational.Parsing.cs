using System.Globalization;
using System.Numerics;

namespace Sobes.Numerics.Exact;

public readonly partial struct Rational
{
    /// <summary>
    /// Reads "3/8", "-2", "0.375", "0,375" (decimal comma), "1e-3", "37.5%" or "3/8 %" exactly:
    /// a decimal becomes the fraction it denotes, not the nearest double. Spaces are ignored.
    /// </summary>
    public static bool TryParse(string? text, out Rational value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) { return false; }
        var s = text.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal)
            .Replace('\u2212', '-').Replace(',', '.');
        var percent = s.EndsWith('%');
        if (percent) { s = s[..^1]; }
        var slash = s.IndexOf('/', StringComparison.Ordinal);
        Rational parsed;
        if (slash >= 0)
        {
            if (!TryParseDecimal(s[..slash], out var top) || !TryParseDecimal(s[(slash + 1)..], out var bottom) || bottom.Sign == 0)
            {
                return false;
            }

            parsed = top / bottom;
        }
        else if (!TryParseDecimal(s, out parsed))
        {
            return false;
        }

        value = percent ? parsed / 100 : parsed;
        return true;
    }

    /// <summary>Like <see cref="TryParse"/>, throwing <see cref="FormatException"/> on bad text.</summary>
    public static Rational Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"Not a number or fraction: '{text}'.");

    /// <summary>The exact value of a finite double (every double is a dyadic fraction).</summary>
    public static Rational FromDouble(double value)
    {
        if (!double.IsFinite(value)) { throw new ArgumentOutOfRangeException(nameof(value), value, "Only finite doubles are fractions."); }
        if (value == 0) { return Zero; }
        var bits = BitConverter.DoubleToInt64Bits(value);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xF_FFFF_FFFF_FFFFL;
        if (exponent == 0) { exponent = 1; } else { mantissa |= 1L << 52; }
        exponent -= 1075;
        BigInteger numerator = value < 0 ? -mantissa : mantissa;
        return exponent >= 0 ? new Rational(numerator << exponent, 1) : new Rational(numerator, BigInteger.One << -exponent);
    }

    /// <summary>The exact value of a decimal.</summary>
    public static Rational FromDecimal(decimal value) => Parse(value.ToString(CultureInfo.InvariantCulture));

    private static bool TryParseDecimal(string s, out Rational value)
    {
        value = default;
        var exponent = 0;
        var e = s.IndexOfAny(['e', 'E']);
        if (e >= 0)
        {
            if (!int.TryParse(s[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent)
                || Math.Abs(exponent) > 1000)
            {
                return false;
            }

            s = s[..e];
        }

        var negative = s.StartsWith('-');
        if (negative || s.StartsWith('+')) { s = s[1..]; }
        var dot = s.IndexOf('.', StringComparison.Ordinal);
        var digits = dot >= 0 ? string.Concat(s.AsSpan(0, dot), s.AsSpan(dot + 1)) : s;
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit)) { return false; }
        var scale = (dot >= 0 ? s.Length - dot - 1 : 0) - exponent;
        var numerator = BigInteger.Parse(digits, CultureInfo.InvariantCulture);
        if (negative) { numerator = -numerator; }
        value = scale >= 0
            ? new Rational(numerator, BigInteger.Pow(10, scale))
            : new Rational(numerator * BigInteger.Pow(10, -scale), 1);
        return true;
    }
}
