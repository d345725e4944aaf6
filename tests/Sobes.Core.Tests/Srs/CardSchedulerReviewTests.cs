using Sobes.Core.Srs;
using static Sobes.Core.Tests.Srs.SchedulerFixtures;

namespace Sobes.Core.Tests.Srs;

public sealed class CardSchedulerReviewTests
{
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
