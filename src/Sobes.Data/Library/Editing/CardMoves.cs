using Microsoft.EntityFrameworkCore;
using Sobes.Core.Cards;
using Sobes.Data.Practice;
using Sobes.Data.Storage;

namespace Sobes.Data.Library.Editing;

/// <summary>
/// Moves the absorbed item's cards to the item that absorbs it, so a learner's progress and review log survive a
/// merge. A moved card keeps its schedule; where the absorbing item makes a card of the same generator key, the
/// moved card takes that card's content and revision (the two items are one question), so the next card sync
/// leaves it as it is. Where a learner holds a card of that key on both items, the one with more reviews keeps
/// the key and the other is suspended under a key of its own ("merged:B:key"), its log untouched.
/// </summary>
internal static class CardMoves
{
    public static async Task<MovedCards> MoveAsync(SobesDbContext db, ItemRecord item, long otherId, CancellationToken cancellationToken)
    {
        var moving = await db.Cards.Where(c => c.ItemId == otherId).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        if (moving.Count == 0)
        {
            return new MovedCards([], []);
        }

        var staying = (await db.Cards.Where(c => c.ItemId == item.Id).ToListAsync(cancellationToken)).ToDictionary(c => (c.LearnerId, c.GeneratorKey));
        var retired = new List<CardRecord>();
        foreach (var card in moving)
        {
            if (staying.TryGetValue((card.LearnerId, card.GeneratorKey), out var twin))
            {
                var loser = Progress(card).CompareTo(Progress(twin)) > 0 ? twin : card;
                loser.GeneratorKey = RetiredKey(otherId, loser.GeneratorKey);
                loser.Suspended = true;
                retired.Add(loser);
            }
        }

        // Retired keys first, so no moment holds two cards of one learner, item and key.
        await db.SaveChangesAsync(cancellationToken);
        var drafts = CardGenerator.Generate([CardSync.ToSource(item)], null, CardSync.Glossary)
            .GroupBy(d => d.GeneratorKey).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var card in moving)
        {
            card.ItemId = item.Id;
            if (!retired.Contains(card) && drafts.TryGetValue(card.GeneratorKey, out var draft))
            {
                card.PayloadJson = ScheduleMapping.Serialize(draft.Payload);
                card.ItemRevision = draft.ItemRevision;
                card.Type = draft.Type;
                card.Topic = draft.Topic;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return new MovedCards(moving.Select(c => c.Id).ToList(), retired.Select(c => c.Id).ToList());
    }

    private static (int Reps, long LastReview) Progress(CardRecord card) => (card.Reps, card.LastReview?.ToUnixTimeMilliseconds() ?? 0);

    private static string RetiredKey(long otherId, string key)
    {
        var retired = $"merged:{otherId}:{key}";
        return retired.Length > 200 ? retired[..200] : retired;
    }
}

/// <summary>The cards moved to the absorbing item, and those of them or of it suspended under a retired key.</summary>
internal sealed record MovedCards(IReadOnlyList<long> Moved, IReadOnlyList<long> Retired);
