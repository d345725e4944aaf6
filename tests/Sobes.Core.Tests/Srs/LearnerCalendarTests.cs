using Sobes.Core.Srs;

namespace Sobes.Core.Tests.Srs;

public sealed class LearnerCalendarTests
{
    private static readonly SchedulingSettings Moscow = new() { TimeZone = SchedulingSettings.FindTimeZone("Europe/Moscow"), EnableFuzz = false };
    private static readonly SchedulingSettings NewYork = new() { TimeZone = SchedulingSettings.FindTimeZone("America/New_York"), EnableFuzz = false };

    private static DateTimeOffset MoscowTime(int day, int hour, int minute) => new(2026, 3, day, hour, minute, 0, TimeSpan.FromHours(3));

    [Fact]
    public void A_review_before_four_in_the_morning_belongs_to_the_previous_learner_day() =>
        Assert.Equal(new DateOnly(2026, 3, 10), LearnerCalendar.DayOf(MoscowTime(11, 3, 59), Moscow));

    [Fact]
    public void The_next_learner_day_starts_at_four_local_time()
    {
        var lastReview = MoscowTime(10, 23, 30);
        Assert.Equal(0, LearnerCalendar.ElapsedDays(lastReview, MoscowTime(11, 3, 59), Moscow));
        Assert.Equal(1, LearnerCalendar.ElapsedDays(lastReview, MoscowTime(11, 4, 0), Moscow));
    }

    [Fact]
    public void Days_are_counted_in_the_learners_time_zone_not_in_utc()
    {
        // 00:30 UTC on the 11th is 03:30 in Moscow: still the learner's 10th.
        var utcSettings = Moscow with { TimeZone = TimeZoneInfo.Utc };
        var instant = new DateTimeOffset(2026, 3, 11, 0, 30, 0, TimeSpan.Zero);
        Assert.Equal(new DateOnly(2026, 3, 10), LearnerCalendar.DayOf(instant, Moscow));
        Assert.Equal(new DateOnly(2026, 3, 10), LearnerCalendar.DayOf(instant, utcSettings));
        Assert.Equal(new DateOnly(2026, 3, 11), LearnerCalendar.DayOf(instant.AddHours(4), utcSettings));
        Assert.Equal(new DateOnly(2026, 3, 11), LearnerCalendar.DayOf(instant.AddHours(1), Moscow));
    }

    [Fact]
    public void With_a_midnight_day_start_a_review_after_midnight_is_a_new_day()
    {
        var midnight = Moscow with { NextDayStartsAt = TimeSpan.Zero };
        Assert.Equal(1, LearnerCalendar.ElapsedDays(MoscowTime(10, 23, 30), MoscowTime(11, 0, 30), midnight));
    }

    [Fact]
    public void Elapsed_days_never_go_negative() =>
        Assert.Equal(0, LearnerCalendar.ElapsedDays(MoscowTime(12, 12, 0), MoscowTime(10, 12, 0), Moscow));

    [Fact]
    public void Learner_day_starts_at_four_local_time_on_both_sides_of_a_daylight_saving_change()
    {
        // New York moved its clocks forward on 2026-03-08.
        var before = LearnerCalendar.StartOf(new DateOnly(2026, 3, 7), NewYork);
        var after = LearnerCalendar.StartOf(new DateOnly(2026, 3, 9), NewYork);
        Assert.Equal(new DateTimeOffset(2026, 3, 7, 4, 0, 0, TimeSpan.FromHours(-5)), before);
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 4, 0, 0, TimeSpan.FromHours(-4)), after);
        Assert.Equal(TimeSpan.FromHours(47), after - before);
    }

    [Fact]
    public void Next_day_start_is_the_end_of_the_learners_today() =>
        Assert.Equal(MoscowTime(11, 4, 0), LearnerCalendar.NextDayStart(MoscowTime(11, 3, 0), Moscow));

    [Fact]
    public void Review_due_dates_fall_at_the_learners_day_start()
    {
        var card = CardSchedule.New(MoscowTime(10, 9, 0)) with { State = CardState.Learning, Step = 1 };
        var outcome = CardScheduler.Answer(1, card, Rating.Good, MoscowTime(11, 2, 0), Moscow);
        Assert.Equal(CardState.Review, outcome.Next.State);
        Assert.Equal(MoscowTime(10, 4, 0).AddDays(outcome.Next.ScheduledDays), outcome.Next.Due);
    }

    [Fact]
    public void Two_reviews_within_one_learner_day_count_as_a_same_day_review()
    {
        var memory = MemoryState.Of(3, 5);
        var card = new CardSchedule { State = CardState.Review, Memory = memory, ScheduledDays = 3, Reps = 4, LastReview = MoscowTime(10, 23, 30), Due = MoscowTime(10, 23, 30) };
        var outcome = CardScheduler.Answer(1, card, Rating.Again, MoscowTime(11, 3, 30), Moscow);
        Assert.Equal(0, outcome.Log.ElapsedDays);
        Assert.Equal(Fsrs.Step(FsrsParameters.Default, memory, 0, Rating.Again), outcome.Next.Memory);
    }

    [Fact]
    public void Unknown_time_zone_id_is_reported() =>
        Assert.Throws<TimeZoneNotFoundException>(() => SchedulingSettings.FindTimeZone("Mars/Olympus_Mons"));
}
