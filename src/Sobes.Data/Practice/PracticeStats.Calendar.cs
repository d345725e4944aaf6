using Microsoft.EntityFrameworkCore;
using Sobes.Core.Srs;
using Sobes.Data.Storage;

namespace Sobes.Data.Practice;

public static partial class PracticeStats
{
    /// <summary>Answers per learner-day over the last <paramref name="days"/> days, today last; days without answers are 0.</summary>
    public static async Task<IReadOnlyList<(DateOnly Day, int Reviews)>> CalendarAsync(
        SobesDbContext db, long learnerId, DateTimeOffset now, int days, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var learner = await db.Learners.AsNoTracking().FirstAsync(l => l.Id == learnerId, cancellationToken);
        var settings = ScheduleMapping.Settings(learner);
        var today = LearnerCalendar.DayOf(now, settings);
        var first = today.AddDays(1 - days);
        var since = LearnerCalendar.StartOf(first, settings);
        var times = await db.ReviewLog.AsNoTracking()
            .Where(r => r.LearnerId == learnerId && r.Kind == ReviewKind.Review && !r.Undone && r.ReviewedAt >= since)
            .Select(r => r.ReviewedAt).ToListAsync(cancellationToken);
        var byDay = times.GroupBy(t => LearnerCalendar.DayOf(t, settings)).ToDictionary(g => g.Key, g => g.Count());
        return Enumerable.Range(0, days).Select(i => first.AddDays(i)).Select(d => (d, byDay.GetValueOrDefault(d))).ToList();
    }
}
