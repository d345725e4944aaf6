using Microsoft.EntityFrameworkCore;
using Sobes.Core.Srs;
using Sobes.Data.Storage;

namespace Sobes.Data.Practice;

/// <summary>The daily review load that load balancing flattens: the learner's review cards due from today on, by learner-day.</summary>
internal static class DueLoad
{
    // Read on every answer.
    private static readonly CompiledPerModel<Func<SobesDbContext, long, long, DateTimeOffset, IAsyncEnumerable<DateTimeOffset>>> ReviewDues = new(() => EF.CompileAsyncQuery(
        (SobesDbContext db, long learnerId, long cardId, DateTimeOffset today) => db.Cards.AsNoTracking()
            .Where(c => c.LearnerId == learnerId && c.Id != cardId && !c.Suspended && c.SuspendedAt == null && c.State == (int)CardState.Review && c.Due >= today)
            .Select(c => c.Due)));

    /// <summary>
    /// Due counts of <paramref name="learnerId"/>'s cards in review, per learner-day from today on, leaving out
    /// <paramref name="cardId"/> (the card being answered must not weigh against its own days).
    /// </summary>
    public static async Task<DueCounts> CountsAsync(SobesDbContext db, long learnerId, long cardId, DateTimeOffset now, SchedulingSettings settings, CancellationToken cancellationToken)
    {
        var today = LearnerCalendar.StartOf(LearnerCalendar.DayOf(now, settings), settings);
        var dues = await ReviewDues.For(db)(db, learnerId, cardId, today).ToListAsync(cancellationToken);
        return DueCounts.From(dues.Select(d => new KeyValuePair<DateOnly, int>(LearnerCalendar.DayOf(d, settings), 1)));
    }
}
