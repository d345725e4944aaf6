using System.Globalization;
using Sobes.Core.Srs;

namespace Sobes.Core.Export;

/// <summary>A card's scheduling columns in an Anki collection (schema 11 <c>cards</c>).</summary>
/// <param name="Type">0 new, 1 learning, 2 review, 3 relearning.</param>
/// <param name="Queue">-1 suspended, 0 new, 1 learning (due in seconds), 2 review, 3 learning across days (due in days).</param>
/// <param name="Due">New: position; learning: Unix seconds; review and day learning: days since the collection was created.</param>
/// <param name="Interval">Days of the last interval.</param>
/// <param name="Factor">SM-2 ease in permille (2500 once the card has been answered, 0 while new).</param>
/// <param name="Reps">Answers.</param>
/// <param name="Lapses">Times forgotten in review.</param>
/// <param name="Left">Learning steps left (today * 1000 + in all).</param>
/// <param name="Data">The <c>data</c> column: the FSRS memory state as modern Anki writes it, {"s":…,"d":…,"dr":…}, or {}.</param>
public readonly record struct DeckCardState(int Type, int Queue, long Due, int Interval, int Factor, int Reps, int Lapses, int Left, string Data);

/// <summary>One row of an Anki review log (schema 11 <c>revlog</c>).</summary>
/// <param name="At">When; the row's id is its Unix milliseconds.</param>
/// <param name="Ease">The rating, 1 again … 4 easy.</param>
/// <param name="Interval">Days (positive) or seconds (negative) to the next review.</param>
/// <param name="LastInterval">The previous row's interval, in the same units.</param>
/// <param name="Factor">Ease in permille.</param>
/// <param name="DurationMs">Milliseconds taken.</param>
/// <param name="Type">0 learning, 1 review, 2 relearning.</param>
public readonly record struct DeckReviewRow(DateTimeOffset At, int Ease, int Interval, int LastInterval, int Factor, int DurationMs, int Type);

/// <summary>One answer from a learner's log, as the export needs it.</summary>
/// <param name="At">When.</param>
/// <param name="Rating">1–4.</param>
/// <param name="DurationMs">Milliseconds taken.</param>
/// <param name="Before">The card's state before the answer.</param>
/// <param name="After">The card's state after it.</param>
/// <param name="ScheduledDays">Days scheduled by the answer (0 while in steps).</param>
/// <param name="NextDue">When the card was due after the answer, where known.</param>
public sealed record ExportReview(DateTimeOffset At, int Rating, int DurationMs, CardState Before, CardState After, int ScheduledDays, DateTimeOffset? NextDue);

/// <summary>
/// How a Sobes card's schedule and review log become Anki's columns (rslib card/mod.rs, storage/card/data.rs,
/// revlog/mod.rs): states map one to one (Sobes's states are Anki's), review due dates count days from
/// <see cref="CollectionCreated"/>, and the FSRS memory state goes in the card's <c>data</c> rounded as Anki rounds it
/// (stability and difficulty to 3 places, desired retention to 2).
/// </summary>
public static class DeckSchedules
{
    /// <summary>The collection's creation time (<c>col.crt</c>): 2020-01-01 04:00 UTC, a day boundary at Anki's default 4 a.m. rollover.</summary>
    public static DateTimeOffset CollectionCreated { get; } = new(2020, 1, 1, 4, 0, 0, TimeSpan.Zero);

    private const int DefaultFactor = 2500;

    /// <summary>The columns of a card with <paramref name="schedule"/> (null: a new card at <paramref name="position"/>).</summary>
    public static DeckCardState Card(CardSchedule? schedule, bool suspended, long position, double desiredRetention)
    {
        if (schedule is null || schedule.State == CardState.New)
        {
            return new DeckCardState(0, suspended ? -1 : 0, position, 0, 0, schedule?.Reps ?? 0, schedule?.Lapses ?? 0, 0, "{}");
        }

        var data = schedule.Memory is { } memory
            ? string.Create(CultureInfo.InvariantCulture, $"{{\"s\":{Round(memory.Stability.Days, 3)},\"d\":{Round(memory.Difficulty.Value, 3)},\"dr\":{Round(desiredRetention, 2)}}}")
            : "{}";
        var type = (int)schedule.State;
        int queue;
        long due;
        if (schedule.State == CardState.Review)
        {
            (queue, due) = (2, DaysFromCreation(schedule.Due));
        }
        else if (schedule.LastReview is { } last && schedule.Due - last >= TimeSpan.FromDays(1))
        {
            (queue, due) = (3, DaysFromCreation(schedule.Due));
        }
        else
        {
            (queue, due) = (1, schedule.Due.ToUnixTimeSeconds());
        }

        var interval = Math.Max(schedule.ScheduledDays, schedule.State == CardState.Review ? 1 : 0);
        var left = schedule.State == CardState.Review ? 0 : 1001;
        return new DeckCardState(type, suspended ? -1 : queue, due, interval, DefaultFactor, schedule.Reps, schedule.Lapses, left, data);
    }

    /// <summary>The review-log rows of one card's answers, oldest first.</summary>
    public static IReadOnlyList<DeckReviewRow> Reviews(IEnumerable<ExportReview> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var rows = new List<DeckReviewRow>();
        var last = 0;
        foreach (var answer in answers.OrderBy(a => a.At))
        {
            var interval = answer.After == CardState.Review ? Math.Max(1, answer.ScheduledDays)
                : answer.NextDue is { } due ? -(int)Math.Clamp((due - answer.At).TotalSeconds, 1, int.MaxValue)
                : -600;
            var type = answer.Before switch
            {
                CardState.Review => 1,
                CardState.Relearning => 2,
                _ => 0,
            };
            var factor = answer.Before == CardState.New ? 0 : DefaultFactor;
            rows.Add(new DeckReviewRow(answer.At, Math.Clamp(answer.Rating, 1, 4), interval, last, factor, Math.Max(0, answer.DurationMs), type));
            last = interval;
        }

        return rows;
    }

    /// <summary>Whole days from <see cref="CollectionCreated"/> to <paramref name="at"/>.</summary>
    public static long DaysFromCreation(DateTimeOffset at) => (long)Math.Floor((at - CollectionCreated).TotalDays);

    private static double Round(double value, int places) => Math.Round(value, places, MidpointRounding.AwayFromZero);
}
