using System.Globalization;
using Sobes.Numerics.Exact;

namespace Sobes.Core.Problems;

/// <summary>Language selection and number formatting for problem texts.</summary>
internal static class Texts
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    public static string Normalize(string language) => language?.Trim().ToLowerInvariant() switch
    {
        "ru" => "ru",
        "en" => "en",
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Language is \"ru\" or \"en\"."),
    };

    public static CultureInfo Culture(string language) =>
        language == "ru" ? Russian : CultureInfo.InvariantCulture;

    /// <summary>Picks the text of the language.</summary>
    public static string Pick(this string language, string ru, string en) => language == "ru" ? ru : en;

    /// <summary>A decimal with up to <paramref name="digits"/> places, in the language's notation.</summary>
    public static string Num(this string language, double value, int digits = 4) =>
        value != 0 && Math.Abs(value) < 0.001
            ? value.ToString("0.###E+0", Culture(language))
            : value.ToString("0." + new string('#', digits), Culture(language));

    /// <summary>A fraction, with its decimal when it is not whole.</summary>
    public static string Frac(this string language, Rational value) =>
        value.IsInteger ? value.ToString() : $"{value} ≈ {language.Num(value.ToDouble())}";
}
