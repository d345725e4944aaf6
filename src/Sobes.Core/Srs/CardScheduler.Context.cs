namespace Sobes.Core.Srs;

public static partial class CardScheduler
{
    /// <summary>Everything one answer depends on, computed once for the four ratings.</summary>
    private sealed partial class Context
    {
        private Context(long cardId, CardSchedule card, DateTimeOffset now, SchedulingSettings settings, DueCounts? due)
        {
            Card = card;
            Due = due;
            Now = now;
            Settings = settings;
            Today = LearnerCalendar.DayOf(now, settings);
            ElapsedDays = card.LastReview is { } last ? LearnerCalendar.ElapsedDays(last, now, settings) : 0;
            States = Fsrs.NextStates(settings.Parameters, card.Memory, ElapsedDays, settings.DesiredRetention);
            FuzzFactor = settings.EnableFuzz ? ReviewFuzz.Factor(cardId, card.Reps) : null;
            RetrievabilityNow = Retrievability(card, now, settings.Parameters);
        }

        public CardSchedule Card { get; }

        public DateTimeOffset Now { get; }

        public SchedulingSettings Settings { get; }

        public DateOnly Today { get; }

        public int ElapsedDays { get; }

        public NextStates States { get; }

        public double? FuzzFactor { get; }

        public double? RetrievabilityNow { get; }

        // Reviews already due per day, when the caller balances load; null for the plain fuzz.
        public DueCounts? Due { get; }

        public static Context Create(long cardId, CardSchedule card, DateTimeOffset now, SchedulingSettings settings, DueCounts? due = null)
        {
            ArgumentNullException.ThrowIfNull(card);
            ArgumentNullException.ThrowIfNull(settings);
            return new Context(cardId, card, now, settings, due);
        }

        public ScheduleOutcome Outcome(Rating rating)
        {
            var next = Transition(rating) with
            {
                Memory = States[rating].Memory,
                Reps = Card.Reps + 1,
                LastReview = Now,
            };
            var log = new ReviewLogEntry
            {
                Rating = rating,
                ReviewedAt = Now,
                StateBefore = Card.State,
                StateAfter = next.State,
                ElapsedDays = ElapsedDays,
                ScheduledDays = next.State == CardState.Review ? next.ScheduledDays : 0,
                Due = next.Due,
                Stability = States[rating].Memory.Stability.Days,
                Difficulty = States[rating].Memory.Difficulty.Value,
                Retrievability = RetrievabilityNow,
            };
            return new ScheduleOutcome(rating, next, log);
        }

        private CardSchedule Transition(Rating rating) => Card.State switch
        {
            CardState.New or CardState.Learning => FromSteps(rating, Settings.LearningSteps, CardState.Learning),
            CardState.Relearning => FromSteps(rating, Settings.RelearningSteps, CardState.Relearning),
            _ => FromReview(rating),
        };
    }
}
