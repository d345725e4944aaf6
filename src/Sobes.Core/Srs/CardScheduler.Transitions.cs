namespace Sobes.Core.Srs;

public static partial class CardScheduler
{
    private sealed partial class Context
    {
        private int MaximumInterval => Settings.MaximumInterval;

        // Anki learning.rs / relearning.rs: Again restarts the steps, Hard repeats the step, Good advances
        // or graduates, Easy graduates at once. Without steps the card goes straight to review.
        private CardSchedule FromSteps(Rating rating, IReadOnlyList<TimeSpan> steps, CardState stepState)
        {
            if (steps.Count == 0)
            {
                return rating == Rating.Again ? AfterLapse(stepState) : ToReview(Passing(rating));
            }

            var step = Card.State == CardState.New ? 0 : Math.Clamp(Card.Step, 0, steps.Count - 1);
            return rating.Value switch
            {
                1 => InStep(stepState, 0, steps[0]),
                2 => InStep(stepState, step, HardDelay(steps, step)),
                3 when step + 1 < steps.Count => InStep(stepState, step + 1, steps[step + 1]),
                3 => ToReview(GraduatingGood()),
                _ => ToReview(GraduatingEasy()),
            };
        }

        // Anki review.rs: Again lapses into relearning (or straight back to review without relearning steps);
        // Hard, Good and Easy take the FSRS intervals, each at least a day longer than the one before.
        private CardSchedule FromReview(Rating rating) =>
            rating == Rating.Again ? AfterLapse(CardState.Review) : ToReview(Passing(rating));

        private CardSchedule AfterLapse(CardState from)
        {
            var lapses = from == CardState.Review ? Card.Lapses + 1 : Card.Lapses;
            var againDays = ReviewFuzz.Apply(null, States.Again.Interval, 1, MaximumInterval);
            if (from == CardState.Learning || Settings.RelearningSteps.Count == 0)
            {
                return ToReview(againDays) with { Lapses = lapses };
            }

            return InStep(CardState.Relearning, 0, Settings.RelearningSteps[0]) with { Lapses = lapses, ScheduledDays = againDays };
        }

        private int Passing(Rating rating)
        {
            var hard = Fuzzed(States.Hard.Interval, 1);
            if (rating == Rating.Hard)
            {
                return hard;
            }

            var good = Fuzzed(States.Good.Interval, hard + 1);
            return rating == Rating.Good ? good : Fuzzed(States.Easy.Interval, good + 1);
        }

        private int GraduatingGood() => Fuzzed(States.Good.Interval, 1);

        private int GraduatingEasy() => Fuzzed(States.Easy.Interval, GraduatingGood() + 1);

        // The fuzzed interval, load-balanced within the fuzz range when the caller gave the days' due counts.
        private int Fuzzed(double interval, int minimum) => Due is { } due
            ? LoadBalancer.Interval(interval, minimum, MaximumInterval, Today, due, Settings.LoadBalancing, FuzzFactor)
            : ReviewFuzz.Apply(FuzzFactor, interval, minimum, MaximumInterval);

        private CardSchedule InStep(CardState state, int step, TimeSpan delay) =>
            Card with { State = state, Step = step, Due = Now + delay, ScheduledDays = state == CardState.Learning ? 0 : Card.ScheduledDays };

        private CardSchedule ToReview(int days) =>
            Card with { State = CardState.Review, Step = 0, ScheduledDays = days, Due = LearnerCalendar.StartOf(Today.AddDays(days), Settings) };

        // Anki: Hard on the first step waits halfway to the second step, or 1.5× a lone step (at most a day more).
        private static TimeSpan HardDelay(IReadOnlyList<TimeSpan> steps, int step)
        {
            if (step > 0)
            {
                return steps[step];
            }

            return steps.Count > 1
                ? (steps[0] + steps[1]) / 2
                : TimeSpan.FromTicks(Math.Min(steps[0].Ticks * 3 / 2, (steps[0] + TimeSpan.FromDays(1)).Ticks));
        }
    }
}
