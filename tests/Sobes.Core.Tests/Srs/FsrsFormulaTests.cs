using Sobes.Core.Srs;

namespace Sobes.Core.Tests.Srs;

/// <summary>Pins the formulas to figures from fsrs-rs's own unit tests (src/model_v6.rs, FSRS-6 defaults).</summary>
public sealed class FsrsFormulaTests
{
    private static readonly FsrsParameters Defaults = FsrsParameters.Default;
    private static readonly Weights W = new(Defaults);

    private static void Near(double expected, double actual, double relative = 1e-5) =>
        Assert.True(Math.Abs(expected - actual) <= relative * Math.Abs(expected), $"expected {expected}, got {actual}");

    [Theory]
    [InlineData(0, 1, 1.0)]
    [InlineData(1, 2, 0.9403443)]
    [InlineData(2, 3, 0.9253786)]
    [InlineData(3, 4, 0.9185229)]
    [InlineData(4, 4, 0.9)]
    [InlineData(5, 2, 0.8261359)]
    public void Forgetting_curve_matches_fsrs_rs(double days, double stability, double expected) =>
        Near(expected, Fsrs.Retrievability(Defaults, new Stability(stability), days));

    [Fact]
    public void Retrievability_is_ninety_percent_after_stability_days_for_any_decay()
    {
        foreach (var decay in new[] { 0.1, 0.1542, 0.5, 0.8 })
        {
            var values = Defaults.Values.ToArray();
            values[20] = decay;
            Near(0.9, Fsrs.Retrievability(FsrsParameters.Create(values), new Stability(17.5), 17.5), 1e-12);
        }
    }

    [Fact]
    public void First_review_takes_initial_stability_from_w0_to_w3_and_initial_difficulty_from_w4_w5()
    {
        var states = Fsrs.NextStates(Defaults, null, 0, Retention.Default);
        Assert.Equal([0.212, 1.2931, 2.3065, 8.2956], Rating.All.Select(r => states[r].Memory.Stability.Days));
        Near(6.4133, states.Again.Memory.Difficulty.Value);
        Near(6.4133 - Math.Exp(0.8334) + 1, states.Hard.Memory.Difficulty.Value);
        Near(6.4133 - Math.Exp(2 * 0.8334) + 1, states.Good.Memory.Difficulty.Value);
        Assert.Equal(1.0, states.Easy.Memory.Difficulty.Value);
    }

    [Theory]
    [InlineData(1, 1, 0.10088589, 8.806304)]
    [InlineData(2, 1, 3.2494123, 6.7404594)]
    [InlineData(3, 1, 7.3153, 2.1112142)]
    [InlineData(4, 1, 18.014914, 1.0)]
    [InlineData(1, 2, 0.112798266, 8.806304)]
    [InlineData(2, 2, 4.4694576, 6.7404594)]
    public void Two_reviews_with_the_same_rating_match_fsrs_rs_forward(int rating, int days, double stability, double difficulty)
    {
        var first = Fsrs.Step(Defaults, null, 0, new Rating(rating));
        var second = Fsrs.Step(Defaults, first, days, new Rating(rating));
        Near(stability, second.Stability.Days);
        Near(difficulty, second.Difficulty.Value);
    }

    [Theory]
    [InlineData(1, 8.341763)]
    [InlineData(2, 6.6659956)]
    [InlineData(3, 4.990228)]
    [InlineData(4, 3.3144615)]
    public void Difficulty_update_is_linearly_damped_then_reverted_to_the_mean(int rating, double expected) =>
        Near(expected, Fsrs.Step(Defaults, MemoryState.Of(5, 5), 3, new Rating(rating)).Difficulty.Value);

    [Theory]
    [InlineData(2, 2.0, 0.8, 28.226582)]
    [InlineData(3, 3.0, 0.7, 58.656002)]
    [InlineData(4, 4.0, 0.6, 127.226685)]
    public void Stability_after_success_matches_fsrs_rs(int rating, double difficulty, double retrievability, double expected) =>
        Near(expected, Fsrs.StabilityAfterRecall(W, 5, difficulty, retrievability, rating));

    [Theory]
    [InlineData(1.0, 0.9, 1.0525396)]
    [InlineData(2.0, 0.8, 1.1894329)]
    [InlineData(3.0, 0.7, 1.3680838)]
    [InlineData(4.0, 0.6, 1.584989)]
    public void Stability_after_a_lapse_matches_fsrs_rs(double difficulty, double retrievability, double expected) =>
        Near(expected, Fsrs.StabilityAfterLapse(W, 5, difficulty, retrievability));

    [Fact]
    public void Good_rating_after_some_days_increases_stability()
    {
        var states = Fsrs.NextStates(Defaults, MemoryState.Of(10, 5), 10, Retention.Default);
        Assert.True(states.Good.Memory.Stability.Days > 10);
        Assert.True(states.Hard.Memory.Stability.Days < states.Good.Memory.Stability.Days);
        Assert.True(states.Good.Memory.Stability.Days < states.Easy.Memory.Stability.Days);
    }

    [Fact]
    public void A_lapse_lowers_stability_and_raises_difficulty()
    {
        var before = MemoryState.Of(30, 5);
        var again = Fsrs.NextStates(Defaults, before, 30, Retention.Default).Again.Memory;
        Assert.True(again.Stability.Days < 30 / Math.Exp(0.5425 * 0.0912) + 1e-12);
        Assert.True(again.Difficulty.Value > 5);
    }

    [Fact]
    public void Recall_at_lower_retrievability_gains_more_stability()
    {
        var early = Fsrs.Step(Defaults, MemoryState.Of(10, 5), 5, Rating.Good);
        var late = Fsrs.Step(Defaults, MemoryState.Of(10, 5), 30, Rating.Good);
        Assert.True(late.Stability.Days > early.Stability.Days);
    }

    [Fact]
    public void Same_day_again_uses_short_term_stability_of_w17_to_w19()
    {
        const double s = 5;
        var expected = s * Math.Exp(0.5425 * (1 - 3 + 0.0912)) * Math.Pow(s, -0.0658);
        Near(expected, Fsrs.Step(Defaults, MemoryState.Of(s, 5), 0, Rating.Again).Stability.Days, 1e-12);
    }

    [Fact]
    public void Same_day_easy_on_a_young_card_raises_stability_by_the_short_term_factor()
    {
        const double s = 1;
        var expected = s * Math.Exp(0.5425 * (4 - 3 + 0.0912));
        Near(expected, Fsrs.Step(Defaults, MemoryState.Of(s, 5), 0, Rating.Easy).Stability.Days, 1e-12);
    }

    [Fact]
    public void Same_day_hard_good_and_easy_never_lower_stability_while_again_does()
    {
        var states = Fsrs.NextStates(Defaults, MemoryState.Of(40, 5), 0, Retention.Default);
        Assert.Equal(40, states.Hard.Memory.Stability.Days);
        Assert.Equal(40, states.Good.Memory.Stability.Days);
        Assert.True(states.Easy.Memory.Stability.Days >= 40);
        Assert.True(states.Again.Memory.Stability.Days < 40);
    }

    [Fact]
    public void Interval_at_ninety_percent_retention_equals_stability() =>
        Near(12.34, Fsrs.NextInterval(Defaults, new Stability(12.34), Retention.Default), 1e-12);

    [Fact]
    public void Higher_desired_retention_gives_a_shorter_interval()
    {
        var s = new Stability(20);
        var intervals = new[] { 0.70, 0.80, 0.90, 0.95, 0.99 }.Select(r => Fsrs.NextInterval(Defaults, s, new Retention(r))).ToList();
        Assert.Equal(intervals.OrderByDescending(i => i), intervals);
        Assert.True(intervals[^1] < 20 && intervals[0] > 20);
    }

    [Fact]
    public void Interval_solves_the_forgetting_curve_for_the_desired_retention()
    {
        var retention = new Retention(0.83);
        var interval = Fsrs.NextInterval(Defaults, new Stability(7), retention);
        Near(0.83, Fsrs.Retrievability(Defaults, new Stability(7), interval), 1e-12);
    }

    [Fact]
    public void Next_states_agree_with_a_single_step_for_every_rating()
    {
        MemoryState?[] memories = [null, MemoryState.Of(0.5, 9.5), MemoryState.Of(4, 1), MemoryState.Of(40, 5.5), MemoryState.Of(900, 8)];
        foreach (var memory in memories)
        {
            foreach (var days in new[] { 0, 1, 7, 90, 2000 })
            {
                var states = Fsrs.NextStates(Defaults, memory, days, new Retention(0.85));
                foreach (var rating in Rating.All)
                {
                    var step = Fsrs.Step(Defaults, memory, days, rating);
                    Assert.Equal(step, states[rating].Memory);
                    Assert.Equal(Fsrs.NextInterval(Defaults, step.Stability, new Retention(0.85)), states[rating].Interval, 9);
                }
            }
        }
    }

    [Fact]
    public void Negative_elapsed_days_are_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Fsrs.NextStates(Defaults, null, -1, Retention.Default));
}
