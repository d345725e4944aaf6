using Microsoft.EntityFrameworkCore;
using Sobes.Core.Cards;
using Sobes.Core.Posts;
using Sobes.Core.Srs;
using Sobes.Data.Practice;
using Sobes.Data.Storage;

namespace Sobes.Data.Importing;

/// <summary>
/// Carries a deck's review history (<see cref="RawPost.Reviews"/>) into a learner's log inside the import's
/// transaction: the learner's cards are brought in step with the library, and each note's answers are replayed
/// through the FSRS scheduler on its item's flashcard (the item's first card when it has none), so the card's memory
/// state and due date are recomputed from the history. Answers at or before the card's last review are already there:
/// re-importing adds nothing.
/// </summary>
internal sealed class ReviewHistory
{
    private readonly List<(string Locator, IReadOnlyList<PastReview> Reviews)> notes = [];

    public bool HasReviews => notes.Count > 0;

    public void Collect(RawPost post)
    {
        if (post.Reviews.Count > 0 && NoteLocator.IsNote(post.Locator))
        {
            notes.Add((post.Locator, post.Reviews));
        }
    }

    /// <summary>Replays the collected answers into the learner's log; returns how many were added.</summary>
    public async Task<int> ApplyAsync(SobesDbContext db, ImportSession session, LearnerRecord learner, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (notes.Count == 0)
        {
            return 0;
        }

        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        try
        {
            await CardSync.SyncAsync(db, learner.Id, now, cancellationToken);
            var items = notes.Select(n => session.ItemOfNote(n.Locator)).OfType<long>().Distinct().ToList();
            var cards = (await db.Cards.Where(c => c.LearnerId == learner.Id && items.Contains(c.ItemId)).ToListAsync(cancellationToken))
                .GroupBy(c => c.ItemId)
                .ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.Type == CardType.Flashcard).ThenBy(c => c.Id).First());
            var settings = ScheduleMapping.Settings(learner);
            var added = 0;
            foreach (var (locator, reviews) in notes)
            {
                if (session.ItemOfNote(locator) is not { } itemId || !cards.TryGetValue(itemId, out var card))
                {
                    continue;
                }

                foreach (var review in reviews.Where(r => card.LastReview is not { } last || r.At > last).OrderBy(r => r.At))
                {
                    Replay(db, card, review, settings);
                    added++;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return added;
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    private static void Replay(SobesDbContext db, CardRecord card, PastReview review, SchedulingSettings settings)
    {
        var before = ScheduleMapping.ToSchedule(card);
        var outcome = CardScheduler.Answer(card.Id, before, new Rating(Math.Clamp(review.Rating, 1, 4)), review.At, settings);
        db.ReviewLog.Add(new ReviewLogRecord
        {
            CardId = card.Id,
            LearnerId = card.LearnerId,
            Rating = outcome.Rating.Value,
            ReviewedAt = review.At,
            DurationMs = (int)AnswerDuration.Clamp(TimeSpan.FromMilliseconds(review.DurationMs)).TotalMilliseconds,
            StateBefore = (int)outcome.Log.StateBefore,
            StateAfter = (int)outcome.Log.StateAfter,
            ElapsedDays = outcome.Log.ElapsedDays,
            ScheduledDays = outcome.Log.ScheduledDays,
            Stability = outcome.Log.Stability,
            Difficulty = outcome.Log.Difficulty,
            Retrievability = outcome.Log.Retrievability,
            ScheduleBeforeJson = ScheduleMapping.Serialize(before),
        });
        ScheduleMapping.Apply(outcome.Next, card);
    }
}
