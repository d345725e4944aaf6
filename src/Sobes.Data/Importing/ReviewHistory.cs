using Microsoft.EntityFrameworkCore;
using Sobes.Core.Cards;
using Sobes.Core.Posts;
using Sobes.Core.Srs;
using Sobes.Data.Practice;
using Sobes.Data.Storage;

namespace Sobes.Data.Importing;

/// <summary>
/// Carries a deck's review history (<see cref="RawPost.History"/>) into a learner's log inside the import's
/// transaction: the learner's cards are brought in step with the library, and each Anki card's answers are replayed
/// through the FSRS scheduler on the Sobes card it names by generator key (a Sobes export's cards, an author's cloze
/// deletions), else on its item's flashcard (the item's first card when it has none), so the card's memory
/// state and due date are recomputed from the history. Where the deck kept the card's FSRS memory state (Anki's card
/// data), that state is the card's instead of the recomputed one, and a card in review falls due one interval at the
/// learner's desired retention after its last answer. Answers at or before the card's last review are already there:
/// re-importing adds nothing.
/// </summary>
internal sealed class ReviewHistory
{
    private readonly List<(string Locator, PastCard Card)> notes = [];

    public bool HasReviews => notes.Count > 0;

    public void Collect(RawPost post)
    {
        if (NoteLocator.IsNote(post.Locator))
        {
            notes.AddRange(post.History.Where(c => c.Reviews.Count > 0).Select(c => (post.Locator, c)));
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
            var cards = await db.Cards.Where(c => c.LearnerId == learner.Id && items.Contains(c.ItemId)).ToListAsync(cancellationToken);
            var main = cards.GroupBy(c => c.ItemId).ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.Type == CardType.Flashcard).ThenBy(c => c.Id).First());
            var keyed = cards.ToDictionary(c => (c.ItemId, c.GeneratorKey));
            var settings = ScheduleMapping.Settings(learner);
            var added = 0;
            foreach (var (locator, (key, reviews, memory)) in notes)
            {
                if (session.ItemOfNote(locator) is not { } itemId
                    || (key is null ? main.GetValueOrDefault(itemId) : keyed.GetValueOrDefault((itemId, key))) is not { } card)
                {
                    continue;
                }

                var replayed = 0;
                foreach (var review in reviews.Where(r => card.LastReview is not { } last || r.At > last).OrderBy(r => r.At))
                {
                    Replay(db, card, review, settings);
                    replayed++;
                }

                if (replayed > 0 && memory is not null)
                {
                    Carry(card, memory, settings);
                }

                added += replayed;
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

    // The deck's own memory state replaces the recomputed one; a card in review is due one interval after its last answer.
    private static void Carry(CardRecord card, PastMemory memory, SchedulingSettings settings)
    {
        var state = new MemoryState(Stability.Clamped(memory.Stability), Difficulty.Clamped(memory.Difficulty));
        card.Stability = state.Stability.Days;
        card.Difficulty = state.Difficulty.Value;
        if ((CardState)card.State == CardState.Review && card.LastReview is { } last)
        {
            var days = (int)Math.Clamp(Math.Round(Fsrs.NextInterval(settings.Parameters, state.Stability, settings.DesiredRetention)), 1, settings.MaximumInterval);
            card.ScheduledDays = days;
            card.Due = last.AddDays(days);
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
