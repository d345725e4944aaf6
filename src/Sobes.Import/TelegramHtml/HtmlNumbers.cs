using System.Globalization;
using System.Text.RegularExpressions;

namespace Sobes.Import.TelegramHtml;

/// <summary>Numbers and dates as Telegram's pages print them.</summary>
internal static partial class HtmlNumbers
{
    /// <summary>"1.2K" → 1200, "3M" → 3000000, "845" → 845; null when unreadable.</summary>
    public static int? Count(string? text)
    {
        var match = CountPattern().Match(text ?? "");
        if (!match.Success || !double.TryParse(match.Groups[1].Value.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        var scale = match.Groups[2].Value.ToUpperInvariant() switch
        {
            "K" => 1_000d,
            "M" => 1_000_000d,
            _ => 1d,
        };
        var value = Math.Round(number * scale);
        return value > int.MaxValue ? int.MaxValue : (int)value;
    }

    /// <summary>"25%" → 0.25.</summary>
    public static double? Percent(string? text)
    {
        var match = PercentPattern().Match(text ?? "");
        return match.Success && double.TryParse(match.Groups[1].Value.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var p)
            ? Math.Clamp(p / 100, 0, 1)
            : null;
    }

    /// <summary>Desktop's title attribute "01.09.2025 12:00:00 UTC+03:00" (older exports omit the offset: read as UTC).</summary>
    public static DateTimeOffset? DesktopDate(string? title)
    {
        var match = DesktopDatePattern().Match(title ?? "");
        if (!match.Success
            || !DateTime.TryParseExact(match.Groups[1].Value, "dd.MM.yyyy HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return null;
        }

        var offset = TimeSpan.Zero;
        if (match.Groups[2].Success)
        {
            var sign = match.Groups[2].Value == "-" ? -1 : 1;
            offset = sign * new TimeSpan(int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[4].Value, CultureInfo.InvariantCulture), 0);
        }

        return new DateTimeOffset(local, offset);
    }

    public static DateTimeOffset? IsoDate(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;

    [GeneratedRegex(@"(\d+(?:[.,]\d+)?)\s*([KkMm]?)")]
    private static partial Regex CountPattern();

    [GeneratedRegex(@"(\d+(?:[.,]\d+)?)\s*%")]
    private static partial Regex PercentPattern();

    [GeneratedRegex(@"(\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}:\d{2})(?:\s*UTC([+-])(\d{1,2}):(\d{2}))?")]
    private static partial Regex DesktopDatePattern();
}
