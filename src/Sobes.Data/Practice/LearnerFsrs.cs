using Microsoft.EntityFrameworkCore;
using Sobes.Core.Srs;
using Sobes.Core.Srs.Optimization;
using Sobes.Data.Storage;

namespace Sobes.Data.Practice;

/// <summary>What an optimization did.</summary>
/// <param name="Reviews">Reviews in the learner's log (answers not undone, imported ones included).</param>
/// <param name="Items">Training items built from them (before the outlier filter).</param>
/// <param name="Before">Log loss and RMSE(bins) of the parameters in use before, on the filtered items; null without items.</param>
/// <param name="After">The same for the fitted parameters; null when there was not enough data to fit.</param>
/// <param name="Kept">Whether the fitted parameters beat the current ones and replaced them.</param>
/// <param name="Parameters">The parameters in use now.</param>
/// <param name="Rescheduled">Cards whose schedule was recomputed from their log with the parameters now in use.</param>
public sealed record OptimizationReport(int Reviews, int Items, FsrsEvaluation? Before, FsrsEvaluation? After, bool Kept, FsrsParameters Parameters, int Rescheduled);

/// <summary>
/// A learner's own FSRS parameters: fitted from their review log with <see cref="FsrsOptimizer"/> (kept only if better),
/// evaluated on it, offered again when enough reviews have come in, and cards rescheduled with them.
/// </summary>
public static class LearnerFsrs
{
    /// <summary>Reviews needed before a (first) fit is offered.</summary>
    public const int OfferMinimumReviews = 400;

    /// <summary>After a fit, the log must grow by this factor before the next offer.</summary>
    public const double OfferGrowth = 1.5;

    /// <summary>
    /// Whether to offer an optimization: at least <see cref="OfferMinimumReviews"/> reviews, and at least
    /// <see cref="OfferGrowth"/> times as many as at the last fit (any number when never fitted).
    /// </summary>
    public static bool ShouldOffer(LearnerRecord learner, int reviews)
    {
        ArgumentNullException.ThrowIfNull(learner);
        return reviews >= OfferMinimumReviews && (learner.ParametersFittedAt is null || reviews >= learner.ReviewsAtFit * OfferGrowth);
    }

    /// <summary>The learner's answers in the optimizer's input form, in time order.</summary>
    public static async Task<IReadOnlyList<ReviewLogRow>> ReviewRowsAsync(SobesDbContext db, long learnerId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.ReviewLog.AsNoTracking()
            .Where(r => r.LearnerId == learnerId && r.Kind == ReviewKind.Review && !r.Undone)
            .Select(r => new { r.Id, r.CardId, r.ReviewedAt, r.Rating, r.StateBefore, r.DurationMs })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.ReviewedAt).ThenBy(r => r.Id)
            .Select(r => new ReviewLogRow(r.CardId, r.ReviewedAt.ToUnixTimeMilliseconds(), r.Rating, r.StateBefore, r.DurationMs))];
    }

    /// <summary>The learner's training items: days cut where the learner's day starts (at its offset from UTC now).</summary>
    public static IReadOnlyList<FsrsItem> Items(IReadOnlyList<ReviewLogRow> rows, LearnerRecord learner, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(learner);
        var settings = ScheduleMapping.Settings(learner);
        var utcStart = learner.DayStart - settings.TimeZone.GetUtcOffset(now);
        var dayStart = TimeSpan.FromTicks(((utcStart.Ticks % TimeSpan.TicksPerDay) + TimeSpan.TicksPerDay) % TimeSpan.TicksPerDay);
        return FsrsItems.FromReviewLog(rows, dayStart);
    }

    /// <summary>How well the learner's current parameters predict their history; null while it has no training item.</summary>
    public static async Task<FsrsEvaluation?> EvaluateAsync(SobesDbContext db, LearnerRecord learner, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(learner);
        var items = Items(await ReviewRowsAsync(db, learner.Id, cancellationToken), learner, now);
        return items.Count == 0 ? null : FsrsEvaluator.Evaluate(LearnerParameters.Of(learner), items);
    }

    /// <summary>
    /// Fits the learner's parameters to their log and keeps them if they beat the current ones; with
    /// <paramref name="reschedule"/>, then recomputes their cards' schedules with the parameters in use.
    /// </summary>
    public static async Task<OptimizationReport> OptimizeAsync(SobesDbContext db, long learnerId, DateTimeOffset now, bool reschedule, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var learner = await db.Learners.FirstAsync(l => l.Id == learnerId, cancellationToken);
        var rows = await ReviewRowsAsync(db, learnerId, cancellationToken);
        var items = Items(rows, learner, now);
        var fit = FsrsOptimizer.Fit(items, LearnerParameters.Of(learner));
        if (fit.Improved)
        {
            learner.FsrsParameters = LearnerParameters.Format(fit.Parameters);
        }

        learner.ParametersFittedAt = now;
        learner.ReviewsAtFit = rows.Count;
        await db.SaveChangesAsync(cancellationToken);
        var rescheduled = reschedule ? await RescheduleAsync(db, learner, cancellationToken) : 0;
        return new OptimizationReport(rows.Count, items.Count, fit.Current, fit.Fitted, fit.Improved, LearnerParameters.Of(learner), rescheduled);
    }

    /// <summary>
    /// Recomputes the schedule (memory state, state, due) of each of the learner's reviewed cards by replaying its answers
    /// with the learner's current settings and parameters; returns how many cards changed.
    /// </summary>
    public static async Task<int> RescheduleAsync(SobesDbContext db, LearnerRecord learner, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(learner);
        var settings = ScheduleMapping.Settings(learner);
        var log = await db.ReviewLog.AsNoTracking()
            .Where(r => r.LearnerId == learner.Id && r.Kind == ReviewKind.Review && !r.Undone)
            .Select(r => new { r.Id, r.CardId, r.ReviewedAt, r.Rating })
            .ToListAsync(cancellationToken);
        var byCard = log.GroupBy(r => r.CardId).ToDictionary(g => g.Key, g => g.OrderBy(r => r.ReviewedAt).ThenBy(r => r.Id).ToList());
        var cards = await db.Cards.Where(c => c.LearnerId == learner.Id).ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var card in cards)
        {
            if (!byCard.TryGetValue(card.Id, out var answers))
            {
                continue;
            }

            var schedule = CardSchedule.New(answers[0].ReviewedAt);
            foreach (var answer in answers)
            {
                schedule = CardScheduler.Answer(card.Id, schedule, new Rating(answer.Rating), answer.ReviewedAt, settings).Next;
            }

            if (schedule != ScheduleMapping.ToSchedule(card))
            {
                ScheduleMapping.Apply(schedule, card);
                changed++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return changed;
    }
}
