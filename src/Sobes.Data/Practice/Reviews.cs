using Microsoft.EntityFrameworkCore;
using Sobes.Core.Cards;
using Sobes.Core.Srs;
using Sobes.Data.Storage;

namespace Sobes.Data.Practice;

/// <summary>One answer to record.</summary>
/// <param name="CardId">The card answered.</param>
/// <param name="Rating">The rating (for an objective card, the mapped or overridden one).</param>
/// <param name="Duration">How long the learner took.</param>
/// <param name="AnswerText">What the learner typed or picked, if anything.</param>
/// <param name="Correct">The program's verdict on an objective card; null when self-graded.</param>
public sealed record ReviewAnswer(long CardId, Rating Rating, TimeSpan Duration, string? AnswerText = null, bool? Correct = null);

/// <summary>
/// Answers and undoes. Each answer is appended to the log and the card's schedule updated in one transaction,
/// committed before the caller shows the next card, so a killed process loses no answer.
/// </summary>
public static class Reviews
{
    /// <summary>Records <paramref name="answer"/> at <paramref name="now"/>; returns the card's new schedule.</summary>
    public static Task<CardSchedule> AnswerAsync(SobesDbContext db, ReviewAnswer answer, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        AnswerAsync(db, answer, now, null, cancellationToken);

    /// <summary>As above, with the card's owner already read (their settings schedule the card), saving a query.</summary>
    public static async Task<CardSchedule> AnswerAsync(SobesDbContext db, ReviewAnswer answer, DateTimeOffset now, LearnerRecord? owner, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(answer);
        await using var tx = await BeginAsync(db, cancellationToken);
        var card = await db.Cards.FirstOrDefaultAsync(c => c.Id == answer.CardId, cancellationToken)
            ?? throw new InvalidOperationException($"No card {answer.CardId}.");
        var next = await RecordAsync(db, card, answer, now, owner, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return next;
    }

    /// <summary>
    /// Records <paramref name="answer"/> to <paramref name="card"/>, read (tracked) in the transaction of
    /// <see cref="BeginAsync"/>: the log entry and the new schedule, saved in one batch; the caller commits.
    /// </summary>
    internal static async Task<CardSchedule> RecordAsync(SobesDbContext db, CardRecord card, ReviewAnswer answer, DateTimeOffset now, LearnerRecord? owner, CancellationToken cancellationToken)
    {
        var learner = owner?.Id == card.LearnerId ? owner : await db.Learners.AsNoTracking().FirstAsync(l => l.Id == card.LearnerId, cancellationToken);
        var before = ScheduleMapping.ToSchedule(card);
        var settings = ScheduleMapping.Settings(learner);
        var due = await DueLoad.CountsAsync(db, card.LearnerId, card.Id, now, settings, cancellationToken);
        var outcome = CardScheduler.Answer(card.Id, before, answer.Rating, now, settings, due);
        db.ReviewLog.Add(new ReviewLogRecord
        {
            CardId = card.Id,
            LearnerId = card.LearnerId,
            Rating = answer.Rating.Value,
            ReviewedAt = now,
            DurationMs = (int)AnswerDuration.Clamp(answer.Duration).TotalMilliseconds,
            StateBefore = (int)outcome.Log.StateBefore,
            StateAfter = (int)outcome.Log.StateAfter,
            ElapsedDays = outcome.Log.ElapsedDays,
            ScheduledDays = outcome.Log.ScheduledDays,
            Stability = outcome.Log.Stability,
            Difficulty = outcome.Log.Difficulty,
            Retrievability = outcome.Log.Retrievability,
            AnswerText = answer.AnswerText,
            Correct = answer.Correct,
            ScheduleBeforeJson = ScheduleMapping.Serialize(before),
        });
        ScheduleMapping.Apply(outcome.Next, card);
        await db.SaveChangesAsync(cancellationToken);
        return outcome.Next;
    }

    /// <summary>
    /// The four outcomes of answering <paramref name="cardId"/> at <paramref name="now"/>, by the same path as
    /// <see cref="AnswerAsync(SobesDbContext, ReviewAnswer, DateTimeOffset, LearnerRecord?, CancellationToken)"/>
    /// (the learner's parameters, load balancing and easy days), so a grade button shows the day its answer gives.
    /// </summary>
    public static async Task<ScheduleOutcomes> PreviewAsync(SobesDbContext db, long cardId, DateTimeOffset now, LearnerRecord? owner = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var card = await db.Cards.AsNoTracking().FirstOrDefaultAsync(c => c.Id == cardId, cancellationToken)
            ?? throw new InvalidOperationException($"No card {cardId}.");
        var learner = owner?.Id == card.LearnerId ? owner : await db.Learners.AsNoTracking().FirstAsync(l => l.Id == card.LearnerId, cancellationToken);
        var settings = ScheduleMapping.Settings(learner);
        var due = await DueLoad.CountsAsync(db, card.LearnerId, card.Id, now, settings, cancellationToken);
        return CardScheduler.Preview(card.Id, ScheduleMapping.ToSchedule(card), now, settings, due);
    }

    /// <summary>
    /// Undoes the learner's last answer not yet undone: flags it, appends an "undo" entry naming it, and restores the
    /// card's schedule from before that answer. Returns the card id, or null when there is nothing to undo.
    /// </summary>
    public static async Task<long?> UndoLastAsync(SobesDbContext db, long learnerId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await using var tx = await BeginAsync(db, cancellationToken);
        var last = await db.ReviewLog.Where(r => r.LearnerId == learnerId && r.Kind == ReviewKind.Review && !r.Undone)
            .OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        if (last is null)
        {
            return null;
        }

        var card = await db.Cards.FirstAsync(c => c.Id == last.CardId, cancellationToken);
        var restored = ScheduleMapping.Deserialize(last.ScheduleBeforeJson);
        db.ReviewLog.Add(new ReviewLogRecord
        {
            CardId = card.Id,
            LearnerId = learnerId,
            Kind = ReviewKind.Undo,
            UndoesId = last.Id,
            Rating = last.Rating,
            ReviewedAt = now,
            StateBefore = card.State,
            StateAfter = (int)restored.State,
            Stability = restored.Memory?.Stability.Days ?? 0,
            Difficulty = restored.Memory?.Difficulty.Value ?? 0,
            ScheduleBeforeJson = ScheduleMapping.Serialize(ScheduleMapping.ToSchedule(card)),
        });
        last.Undone = true;
        ScheduleMapping.Apply(restored, card);
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return card.Id;
    }

    /// <summary>
    /// The answer's own transaction (in this process's write turn on SQLite, see <see cref="WriteTransaction"/>). A save
    /// that fails ends it, so EF's savepoint around the save (two more round trips to the server on every answer) would
    /// protect nothing.
    /// </summary>
    internal static async Task<WriteTransaction> BeginAsync(SobesDbContext db, CancellationToken cancellationToken)
    {
        var tx = await WriteTransaction.BeginAsync(db, cancellationToken);
        db.Database.AutoSavepointsEnabled = false;
        return tx;
    }
}
