namespace Sobes.Core.Srs;

/// <summary>
/// Learner-days: days in the learner's time zone that begin at "next day starts at" rather than midnight,
/// as Anki counts them (a review at 02:00 belongs to the day before when days start at 04:00).
/// </summary>
public static class LearnerCalendar
{
    /// <summary>The learner-day that <paramref name="instant"/> falls in.</summary>
    public static DateOnly DayOf(DateTimeOffset instant, SchedulingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var local = TimeZoneInfo.ConvertTime(instant, settings.TimeZone);
        return DateOnly.FromDateTime(local.DateTime - settings.NextDayStartsAt);
    }

    /// <summary>Whole learner-days from <paramref name="from"/> to <paramref name="to"/>; 0 if <paramref name="to"/> is not on a later day.</summary>
    public static int ElapsedDays(DateTimeOffset from, DateTimeOffset to, SchedulingSettings settings) =>
        Math.Max(0, DayOf(to, settings).DayNumber - DayOf(from, settings).DayNumber);

    /// <summary>The instant learner-day <paramref name="day"/> begins.</summary>
    public static DateTimeOffset StartOf(DateOnly day, SchedulingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var local = day.ToDateTime(TimeOnly.MinValue) + settings.NextDayStartsAt;
        // In a daylight-saving gap the standard offset puts the start just after the gap.
        return new DateTimeOffset(local, settings.TimeZone.GetUtcOffset(local));
    }

    /// <summary>The instant the learner's next day begins after <paramref name="instant"/> (the end of "today").</summary>
    public static DateTimeOffset NextDayStart(DateTimeOffset instant, SchedulingSettings settings) =>
        StartOf(DayOf(instant, settings).AddDays(1), settings);
}
