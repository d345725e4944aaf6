using Microsoft.EntityFrameworkCore;
using Sobes.Core.Cards;
using Sobes.Core.Srs;
using Sobes.Data.Storage;

namespace Sobes.Data.Practice;

/// <summary>A learner's progress.</summary>
/// <param name="ReviewsPerDay">Answers per learner-day over the last 30 days (days with none omitted).</param>
/// <param name="TrueRetention">Share of passed reviews of cards in review state over the last 30 days; null without any.</param>
/// <param name="DesiredRetention">The retention the learner aims for.</param>
/// <param name="DueForecast">Cards falling due on each of the next 30 days (today first, overdue counted today).</param>
/// <param name="TopicMastery">
/// Per topic, over its studied cards: the mean chance of recalling a card now, where a card still in its learning or
/// relearning steps (never learned, or lapsed) counts as zero. A lapse therefore lowers mastery until it is relearned.
/// </param>
/// <param name="Streak">Consecutive learner-days with an answer, ending today (or yesterday, if none yet today).</param>
/// <param name="Cards">Cards in practice (not suspended, reading cards aside).</param>
/// <param name="NewCards">Of those, the cards never answered.</param>
/// <param name="LearningCards">Cards in their learning or relearning steps (answered, not yet learned, or lapsed).</param>
/// <param name="YoungCards">Learned cards whose interval is under <see cref="PracticeStats.MatureDays"/> days.</param>
/// <param name="MatureCards">Learned cards whose interval is <see cref="PracticeStats.MatureDays"/> days or more.</param>
/// <param name="Recall">Share of all answers over the last 30 days that were not Again; null without any.</param>
/// <param name="TopicRecall">Per topic: the same share over that topic's answers.</param>
/// <param name="SolvedProblems">Problems answered right at least once: problem cards (<see cref="Practice.SolvedProblems"/>) and instances solved in free practice (<see cref="ProblemPractice"/>).</param>
public sealed record ProgressReport(
    IReadOnlyDictionary<DateOnly, int> ReviewsPerDay, double? TrueRetention, double DesiredRetention,
    IReadOnlyList<int> DueForecast, IReadOnlyDictionary<string, double> TopicMastery, int Streak, int Cards, int NewCards,
    int LearningCards, int YoungCards, int MatureCards, double? Recall, IReadOnlyDictionary<string, double> TopicRecall, int SolvedProblems);

/// <summary>Computes <see cref="ProgressReport"/> from the cards and the review log.</summary>
public static partial class PracticeStats
{
    public const int Days = 30;

    /// <summary>An interval of this many days or more makes a card mature (as in Anki).</summary>
    public const int MatureDays = 21;

    public static async Task<ProgressReport> ForAsync(SobesDbContext db, long learnerId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var learner = await db.Learners.AsNoTracking().FirstAsync(l => l.Id == learnerId, cancellationToken);
        var settings = ScheduleMapping.Settings(learner);
        var today = LearnerCalendar.DayOf(now, settings);
        var log = await db.ReviewLog.AsNoTracking().Where(r => r.LearnerId == learnerId && r.Kind == ReviewKind.Review && !r.Undone)
            .Join(db.Cards, r => r.CardId, c => c.Id, (r, c) => new { r.ReviewedAt, r.Rating, r.StateBefore, c.Topic }).ToListAsync(cancellationToken);
        var byDay = log.GroupBy(r => LearnerCalendar.DayOf(r.ReviewedAt, settings)).ToDictionary(g => g.Key, g => g.Count());
        var recent = log.Where(r => LearnerCalendar.DayOf(r.ReviewedAt, settings).DayNumber > today.DayNumber - Days).ToList();
        var reviewed = recent.Where(r => r.StateBefore == (int)CardState.Review).ToList();
        double? retention = reviewed.Count == 0 ? null : reviewed.Count(r => r.Rating > 1) / (double)reviewed.Count;

        var cards = await db.Cards.AsNoTracking().Where(c => c.LearnerId == learnerId && !c.Suspended && c.SuspendedAt == null && c.Type != CardType.Reading)
            .Select(c => new { c.State, c.Due, c.Topic, c.Stability, c.LastReview, c.ScheduledDays }).ToListAsync(cancellationToken);
        var forecast = new int[Days];
        foreach (var c in cards.Where(c => c.State != (int)CardState.New))
        {
            var offset = Math.Max(0, LearnerCalendar.DayOf(c.Due, settings).DayNumber - today.DayNumber);
            if (offset < Days) { forecast[offset]++; }
        }

        var mastery = cards.Where(c => c.State != (int)CardState.New)
            .GroupBy(c => TopicName(c.Topic))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Average(c => c.State == (int)CardState.Review ? StudySessions.Retrievability(c.Stability, c.LastReview, now) ?? 0 : 0));
        var topicRecall = recent.GroupBy(r => TopicName(r.Topic)).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(r => r.Rating > 1) / (double)g.Count());
        var learned = cards.Where(c => c.State == (int)CardState.Review).ToList();
        var solved = await Practice.SolvedProblems.ForAsync(db, learnerId, cancellationToken: cancellationToken);
        var practised = await ProblemPractice.SolvedAsync(db, learnerId, cancellationToken);
        return new ProgressReport(
            byDay.Where(d => d.Key.DayNumber > today.DayNumber - Days).OrderBy(d => d.Key).ToDictionary(d => d.Key, d => d.Value),
            retention, learner.DesiredRetention, forecast, mastery, Streak(byDay.Keys.ToHashSet(), today),
            cards.Count, cards.Count(c => c.State == (int)CardState.New),
            cards.Count(c => c.State is (int)CardState.Learning or (int)CardState.Relearning),
            learned.Count(c => c.ScheduledDays < MatureDays), learned.Count(c => c.ScheduledDays >= MatureDays),
            recent.Count == 0 ? null : recent.Count(r => r.Rating > 1) / (double)recent.Count, topicRecall, solved.Count + practised.Count);
    }

    private static string TopicName(string topic) => topic.Length == 0 ? "(none)" : topic;

    internal static int Streak(IReadOnlySet<DateOnly> days, DateOnly today)
    {
        var day = days.Contains(today) ? today : today.AddDays(-1);
        var streak = 0;
        while (days.Contains(day))
        {
            streak++;
            day = day.AddDays(-1);
        }

        return streak;
    }
}
