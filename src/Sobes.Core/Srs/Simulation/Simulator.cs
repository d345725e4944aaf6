using System.Collections.Immutable;

namespace Sobes.Core.Srs.Simulation;

/// <summary>
/// Simulates a learner for a span of days under a desired retention, after fsrs-rs's simulator (<c>simulation.rs</c>):
/// new cards up to the daily limit, due reviews up to the review limit (the rest wait a day), each answer drawn from the
/// card's retrievability and the learner's rating shares, the memory updated by FSRS-6, same-day learning and relearning
/// steps drawn from their transition shares, and each interval rounded to whole days (no fuzz). Deterministic for a
/// given seed. Knowledge on a day is the sum over learned cards of their retrievability that day.
/// </summary>
public static class Simulator
{
    private const int MaxSameDaySteps = 5;

    /// <summary>Runs one simulation.</summary>
    public static SimulationResult Run(SimulationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        return new Simulation(settings, dailyKnowledge: true).Execute();
    }

    /// <summary>A run that tracks knowledge on the last day only (for searches that need only the totals).</summary>
    internal static SimulationResult RunForTotals(SimulationSettings settings)
    {
        settings.Validate();
        return new Simulation(settings, dailyKnowledge: false).Execute();
    }

    private sealed class Simulation(SimulationSettings settings, bool dailyKnowledge)
    {
        private readonly Weights w = new(settings.Parameters);
        private readonly SplitMix64 random = new(settings.Seed);
        private readonly int deck = settings.EffectiveDeckSize;
        private readonly double retention = settings.DesiredRetention.Value;
        private readonly int days = settings.Days;

        public SimulationResult Execute()
        {
            var stability = new double[deck];
            var difficulty = new double[deck];
            var last = new int[deck];
            var due = new List<int>?[days];
            var reviews = new int[days];
            var learned = new int[days];
            var seconds = new double[days];
            var remembered = new double[days];
            var introduced = 0;
            for (var day = 0; day < days; day++)
            {
                if (due[day] is { } today)
                {
                    foreach (var card in today)
                    {
                        if (reviews[day] >= settings.ReviewLimit)
                        {
                            Schedule(due, card, day + 1);
                            continue;
                        }

                        AddRemembered(remembered, stability[card], last[card], day);
                        seconds[day] += Review(ref stability[card], ref difficulty[card], day - last[card]);
                        last[card] = day;
                        reviews[day]++;
                        Schedule(due, card, day + NextInterval(stability[card]));
                    }

                    due[day] = null;
                }

                for (var n = 0; n < settings.NewCardsPerDay && introduced < deck; n++, introduced++)
                {
                    seconds[day] += Learn(out stability[introduced], out difficulty[introduced]);
                    last[introduced] = day;
                    learned[day]++;
                    Schedule(due, introduced, day + NextInterval(stability[introduced]));
                }
            }

            for (var card = 0; card < introduced; card++)
            {
                AddRemembered(remembered, stability[card], last[card], days);
            }

            var result = Enumerable.Range(0, days)
                .Select(d => new SimulatedDay(d, reviews[d], learned[d], seconds[d], remembered[d]))
                .ToList();
            return new SimulationResult(retention, result);
        }

        private void Schedule(List<int>?[] due, int card, int day)
        {
            if (day < days)
            {
                (due[day] ??= []).Add(card);
            }
        }

        // The card counts towards each day from its last review up to (not including) `until` with that day's
        // retrievability (towards the last day only, when daily knowledge is not tracked).
        private void AddRemembered(double[] remembered, double stability, int from, int until)
        {
            for (var day = dailyKnowledge ? from : Math.Max(from, days - 1); day < Math.Min(until, days); day++)
            {
                remembered[day] += Fsrs.ForgettingCurve(w.Decay, day - from, stability);
            }
        }

        private int NextInterval(double stability) =>
            (int)Math.Clamp(Math.Round(Fsrs.Interval(w.Decay, stability, retention), MidpointRounding.AwayFromZero), 1, settings.MaxInterval);

        private double Learn(out double stability, out double difficulty)
        {
            var rating = 1 + random.NextWeighted(settings.FirstRatingShares.AsSpan());
            (stability, difficulty) = Fsrs.Step(w, null, 0, rating);
            var cost = settings.LearningSeconds[rating - 1];
            return cost + SameDaySteps(ref stability, ref difficulty, rating, settings.LearningStepTransitions, settings.LearningSteps, settings.LearningSeconds);
        }

        private double Review(ref double stability, ref double difficulty, int elapsedDays)
        {
            var recall = Fsrs.ForgettingCurve(w.Decay, elapsedDays, stability);
            var forgot = random.NextDouble() >= recall;
            var rating = forgot ? 1 : 2 + random.NextWeighted(settings.RecallRatingShares.AsSpan());
            (stability, difficulty) = Fsrs.Step(w, MemoryState.Of(stability, difficulty), elapsedDays, rating);
            var cost = settings.ReviewSeconds[rating - 1];
            return forgot
                ? cost + SameDaySteps(ref stability, ref difficulty, 1, settings.RelearningStepTransitions, settings.RelearningSteps, settings.RelearningSeconds)
                : cost;
        }

        // Same-day steps until the card passes `steps` in a row (Good or Easy; Easy passes at once), at most five answers
        // (fsrs-rs memory_state_short_term). Returns their seconds.
        private double SameDaySteps(
            ref double stability,
            ref double difficulty,
            int rating,
            ImmutableArray<ImmutableArray<double>> transitions,
            int steps,
            ImmutableArray<double> costs)
        {
            var passes = 0;
            var needed = rating > 2 ? Math.Max(steps - 1, 0) : steps;
            var cost = 0.0;
            for (var i = 0; i < MaxSameDaySteps && passes < needed && rating < 4; i++)
            {
                rating = 1 + random.NextWeighted(transitions[rating - 1].AsSpan());
                (stability, difficulty) = Fsrs.Step(w, MemoryState.Of(stability, difficulty), 0, rating);
                cost += costs[rating - 1];
                if (rating > 2)
                {
                    passes++;
                }
                else if (rating == 1)
                {
                    passes = 0;
                }
            }

            return cost;
        }
    }
}
