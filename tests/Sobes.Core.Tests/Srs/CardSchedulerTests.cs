using Sobes.Core.Srs;

namespace Sobes.Core.Tests.Srs;

public sealed class CardSchedulerTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 20, 12, 0, 0, TimeSpan.Zero);
    private static readonly SchedulingSettings NoFuzz = new() { EnableFuzz = false };

    private static CardSchedule NewCard => CardSchedule.New(Now.AddDays(-1));

    private static CardSchedule ReviewCard(double stability = 10, double difficulty = 5, int daysAgo = 10) => new()
    {
        State = CardState.Review,
        Memory = MemoryState.Of(stability, difficulty),
        ScheduledDays = daysAgo,
        Reps = 5,
        Lapses = 1,
        LastReview = Now.AddDays(-daysAgo),
        Due = Now,
    };

    [Fact]
    public void Good_on_a_new_card_moves_to_the_second_learning_step()
    {
        var outcome = CardScheduler.Answer(7, NewCard, Rating.Good, Now, NoFuzz);
        Assert.Equal(CardState.Learning, outcome.Next.State);
        Assert.Equal(1, outcome.Next.Step);
        Assert.Equal(Now.AddMinutes(10), outcome.Next.Due);
        Assert.Equal(1, outcome.Next.Reps);
        Assert.Equal(Now, outcome.Next.LastReview);
        Assert.Equal(Fsrs.Step(FsrsParameters.Default, null, 0, Rating.Good), outcome.Next.Memory);
        Assert.Equal(CardState.New, outcome.Log.StateBefore);
        Assert.Equal(0, outcome.Log.ScheduledDays);
        Assert.Null(outcome.Log.Retrievability);
    }

    [Fact]
    public void Again_restarts_the_learning_steps()
    {
        var learning = NewCard with { State = CardState.Learning, Step = 1, Memory = MemoryState.Of(2.3, 2.1), Reps = 1, LastReview = Now.AddMinutes(-10) };
        var outcome = CardScheduler.Answer(7, learning, Rating.Again, Now, NoFuzz);
        Assert.Equal((CardState.Learning, 0, Now.AddMinutes(1)), (outcome.Next.State, outcome.Next.Step, outcome.Next.Due));
        Assert.Equal(0, outcome.Next.Lapses);
    }

    [Fact]
    public void Hard_on_the_first_step_waits_halfway_to_the_second() =>
        Assert.Equal(Now.AddMinutes(5.5), CardScheduler.Answer(7, NewCard, Rating.Hard, Now, NoFuzz).Next.Due);

    [Fact]
    public void Hard_on_a_single_step_waits_one_and_a_half_steps()
    {
        var settings = NoFuzz with { LearningSteps = [TimeSpan.FromMinutes(10)] };
        Assert.Equal(Now.AddMinutes(15), CardScheduler.Answer(7, NewCard, Rating.Hard, Now, settings).Next.Due);
    }

    [Fact]
    public void Good_on_the_last_learning_step_graduates_to_review_with_the_fsrs_interval()
    {
        var learning = NewCard with { State = CardState.Learning, Step = 1, Memory = MemoryState.Of(2.3065, 2.118), Reps = 2, LastReview = Now.AddMinutes(-10) };
        var outcome = CardScheduler.Answer(7, learning, Rating.Good, Now, NoFuzz);
        var expectedDays = (int)Math.Round(Fsrs.NextStates(FsrsParameters.Default, learning.Memory, 0, Retention.Default).Good.Interval, MidpointRounding.AwayFromZero);
        Assert.Equal(CardState.Review, outcome.Next.State);
        Assert.Equal(Math.Max(expectedDays, 1), outcome.Next.ScheduledDays);
        Assert.Equal(new DateTimeOffset(2026, 5, 20, 4, 0, 0, TimeSpan.Zero).AddDays(outcome.Next.ScheduledDays), outcome.Next.Due);
    }

    [Fact]
    public void Easy_on_a_new_card_graduates_at_once_beyond_the_good_interval()
    {
        var outcome = CardScheduler.Answer(7, NewCard, Rating.Easy, Now, NoFuzz);
        Assert.Equal(CardState.Review, outcome.Next.State);
        Assert.Equal(8, outcome.Next.ScheduledDays);
    }

    [Fact]
    public void Without_learning_steps_a_new_card_goes_straight_to_review()
    {
        var settings = NoFuzz with { LearningSteps = [] };
        var outcomes = CardScheduler.Preview(7, NewCard, Now, settings);
        Assert.All(Rating.All, r => Assert.Equal(CardState.Review, outcomes[r].Next.State));
        Assert.True(outcomes.Hard.Next.ScheduledDays < outcomes.Good.Next.ScheduledDays);
    }

    [Fact]
    public void Again_in_review_is_a_lapse_that_enters_relearning()
    {
        var outcome = CardScheduler.Answer(7, ReviewCard(), Rating.Again, Now, NoFuzz);
        Assert.Equal(CardState.Relearning, outcome.Next.State);
        Assert.Equal(Now.AddMinutes(10), outcome.Next.Due);
        Assert.Equal(2, outcome.Next.Lapses);
        Assert.True(outcome.Next.Memory!.Value.Stability.Days < 10);
        Assert.Equal(CardState.Review, outcome.Log.StateBefore);
        Assert.Equal(10, outcome.Log.ElapsedDays);
    }

    [Fact]
    public void Good_after_relearning_returns_the_card_to_review_without_another_lapse()
    {
        var relearning = CardScheduler.Answer(7, ReviewCard(), Rating.Again, Now, NoFuzz).Next;
        var outcome = CardScheduler.Answer(7, relearning, Rating.Good, Now.AddMinutes(10), NoFuzz);
        Assert.Equal(CardState.Review, outcome.Next.State);
        Assert.Equal(2, outcome.Next.Lapses);
        Assert.True(outcome.Next.ScheduledDays >= 1);
    }

    [Fact]
    public void Without_relearning_steps_a_lapse_is_scheduled_in_days()
    {
        var outcome = CardScheduler.Answer(7, ReviewCard(), Rating.Again, Now, NoFuzz with { RelearningSteps = [] });
        Assert.Equal(CardState.Review, outcome.Next.State);
        Assert.Equal(2, outcome.Next.Lapses);
        Assert.True(outcome.Next.ScheduledDays >= 1);
    }

    [Fact]
    public void Passing_review_intervals_grow_from_hard_to_good_to_easy()
    {
        foreach (var settings in new[] { NoFuzz, SchedulingSettings.Default })
        {
            for (var id = 1L; id <= 40; id++)
            {
                var o = CardScheduler.Preview(id, ReviewCard(stability: id / 4.0, daysAgo: 1 + (int)(id % 5)), Now, settings);
                Assert.True(o.Hard.Next.ScheduledDays < o.Good.Next.ScheduledDays, $"card {id}");
                Assert.True(o.Good.Next.ScheduledDays < o.Easy.Next.ScheduledDays, $"card {id}");
            }
        }
    }

    [Fact]
    public void Review_intervals_never_exceed_the_maximum_interval()
    {
        var settings = NoFuzz with { MaximumInterval = 30 };
        var outcomes = CardScheduler.Preview(7, ReviewCard(stability: 1000, daysAgo: 900), Now, settings);
        Assert.All(Rating.All.Skip(1), r => Assert.Equal(30, outcomes[r].Next.ScheduledDays));
        Assert.Equal(Now.Date.AddHours(4).AddDays(30), outcomes.Good.Next.Due.UtcDateTime);
    }

    [Fact]
    public void Higher_desired_retention_schedules_reviews_sooner()
    {
        var low = CardScheduler.Answer(7, ReviewCard(), Rating.Good, Now, NoFuzz with { DesiredRetention = new Retention(0.8) });
        var high = CardScheduler.Answer(7, ReviewCard(), Rating.Good, Now, NoFuzz with { DesiredRetention = new Retention(0.95) });
        Assert.True(high.Next.ScheduledDays < low.Next.ScheduledDays);
    }

    [Fact]
    public void Fuzz_is_the_same_for_the_same_card_and_repetition_count()
    {
        var first = CardScheduler.Preview(42, ReviewCard(stability: 60, daysAgo: 60), Now, SchedulingSettings.Default);
        var second = CardScheduler.Preview(42, ReviewCard(stability: 60, daysAgo: 60), Now, SchedulingSettings.Default);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Fuzz_spreads_cards_within_ankis_bounds_of_the_fsrs_interval()
    {
        var card = ReviewCard(stability: 60, daysAgo: 60);
        var exact = CardScheduler.Answer(0, card, Rating.Good, Now, NoFuzz).Next.ScheduledDays;
        var fuzzed = Enumerable.Range(1, 60).Select(id => CardScheduler.Answer(id, card, Rating.Good, Now, SchedulingSettings.Default).Next.ScheduledDays).ToList();
        var interval = Fsrs.NextStates(FsrsParameters.Default, card.Memory, 60, Retention.Default).Good.Interval;
        var (lower, upper) = ReviewFuzz.Bounds(interval, 1, 36500);
        Assert.All(fuzzed, d => Assert.InRange(d, lower, upper));
        Assert.True(fuzzed.Distinct().Count() > 3);
        Assert.InRange(exact, lower, upper);
    }

    [Fact]
    public void Preview_offers_exactly_what_each_answer_would_do()
    {
        var card = ReviewCard();
        var preview = CardScheduler.Preview(9, card, Now, SchedulingSettings.Default);
        Assert.All(Rating.All, r => Assert.Equal(CardScheduler.Answer(9, card, r, Now, SchedulingSettings.Default), preview[r]));
    }

    [Fact]
    public void Retrievability_is_ninety_percent_after_stability_days_and_falls_with_time()
    {
        var card = ReviewCard(stability: 10, daysAgo: 10);
        Assert.Null(CardScheduler.Retrievability(NewCard, Now));
        Assert.Equal(0.9, CardScheduler.Retrievability(card, Now)!.Value, 12);
        Assert.True(CardScheduler.Retrievability(card, Now.AddDays(5)) < 0.9);
        Assert.Equal(1.0, CardScheduler.Retrievability(card, Now.AddDays(-10))!.Value, 12);
    }

    [Fact]
    public void Review_log_records_retrievability_at_the_moment_of_answering()
    {
        var outcome = CardScheduler.Answer(7, ReviewCard(stability: 10, daysAgo: 10), Rating.Good, Now, NoFuzz);
        Assert.Equal(0.9, outcome.Log.Retrievability!.Value, 12);
        Assert.Equal(outcome.Next.ScheduledDays, outcome.Log.ScheduledDays);
        Assert.Equal(outcome.Next.Memory!.Value.Stability.Days, outcome.Log.Stability);
    }

    [Fact]
    public void Settings_reject_non_positive_steps_and_bad_limits()
    {
        Assert.Throws<ArgumentException>(() => NoFuzz with { LearningSteps = [TimeSpan.Zero] });
        Assert.Throws<ArgumentOutOfRangeException>(() => NoFuzz with { MaximumInterval = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => NoFuzz with { NextDayStartsAt = TimeSpan.FromHours(24) });
    }

    [Fact]
    public void Default_settings_follow_anki()
    {
        var s = SchedulingSettings.Default;
        Assert.Equal([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10)], s.LearningSteps);
        Assert.Equal([TimeSpan.FromMinutes(10)], s.RelearningSteps);
        Assert.Equal((36500, 0.9, TimeSpan.FromHours(4), true), (s.MaximumInterval, s.DesiredRetention.Value, s.NextDayStartsAt, s.EnableFuzz));
    }
}
