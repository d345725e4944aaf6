using Sobes.Core.Srs;
using static Sobes.Core.Tests.Srs.SchedulerFixtures;

namespace Sobes.Core.Tests.Srs;

public sealed class CardSchedulerStepsTests
{
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
}
