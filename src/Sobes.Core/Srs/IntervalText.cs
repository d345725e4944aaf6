using System.Globalization;

namespace Sobes.Core.Srs;

/// <summary>A wait until the next review as a grade button shows it: "10 min", "3 d", "2 mo" (or in Russian).</summary>
public static class IntervalText
{
    /// <summary><paramref name="interval"/> rounded to its largest whole unit, in <paramref name="language"/> ("ru" or "en").</summary>
    public static string Format(TimeSpan interval, string language)
    {
        var ru = language == "ru";
        var inv = CultureInfo.InvariantCulture;
        if (interval < TimeSpan.FromMinutes(1)) { return ru ? "<1 мин" : "<1 min"; }
        if (interval < TimeSpan.FromHours(1)) { return ((int)Math.Round(interval.TotalMinutes)).ToString(inv) + (ru ? " мин" : " min"); }
        if (interval < TimeSpan.FromDays(1)) { return ((int)Math.Round(interval.TotalHours)).ToString(inv) + (ru ? " ч" : " h"); }
        if (interval < TimeSpan.FromDays(30)) { return ((int)Math.Round(interval.TotalDays)).ToString(inv) + (ru ? " дн" : " d"); }
        if (interval < TimeSpan.FromDays(365)) { return (interval.TotalDays / 30).ToString("0.#", inv) + (ru ? " мес" : " mo"); }
        return (interval.TotalDays / 365).ToString("0.#", inv) + (ru ? " г" : " y");
    }
}
