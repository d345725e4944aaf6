using Microsoft.EntityFrameworkCore;
using Sobes.Core.Cards;
using Sobes.Core.Srs;
using Sobes.Data.Storage;

namespace Sobes.Data.Practice;

/// <summary>One of a learner's cards of an item, as the item page and <c>sobes cards list</c> show it.</summary>
/// <param name="CardId">The card.</param>
/// <param name="Type">What it asks.</param>
/// <param name="GeneratorKey">Which of the item's cards it is.</param>
/// <param name="Prompt">What it shows first.</param>
/// <param name="State">Where it is in its schedule.</param>
/// <param name="Due">When it is next due (a new card: from when it may be shown).</param>
/// <param name="SuspendedAt">When the learner suspended it; null while it is in practice.</param>
public sealed record LearnerCard(long CardId, CardType Type, string GeneratorKey, string Prompt, CardState State, DateTimeOffset Due, DateTimeOffset? SuspendedAt)
{
    public bool IsSuspended => SuspendedAt is not null;
}

/// <summary>
/// A learner's own view of an item's cards, and their suspension of one. A learner's suspension is theirs alone
/// (<see cref="CardRecord.SuspendedAt"/>): sync and regeneration keep it, and it is apart from the generator's own
/// "no longer generated" or "flagged" state (<see cref="CardRecord.Suspended"/>), which a learner cannot lift.
/// </summary>
public static class LearnerCards
{
    /// <summary>The learner's cards of <paramref name="itemId"/> that generation still makes, in id order.</summary>
    public static async Task<IReadOnlyList<LearnerCard>> OfItemAsync(SobesDbContext db, long learnerId, long itemId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.Cards.AsNoTracking().Where(c => c.LearnerId == learnerId && c.ItemId == itemId && !c.Suspended).OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.Type, c.GeneratorKey, c.PayloadJson, c.State, c.Due, c.SuspendedAt }).ToListAsync(cancellationToken);
        return rows.Select(r => new LearnerCard(r.Id, r.Type, r.GeneratorKey, ScheduleMapping.Payload(r.PayloadJson).Prompt, (CardState)r.State, r.Due, r.SuspendedAt))
            .ToList();
    }

    /// <summary>
    /// Suspends (or, with <paramref name="suspend"/> false, brings back) the learner's card; its schedule is kept.
    /// Returns the card as it now is, or null when the learner has no such card that generation still makes.
    /// </summary>
    public static async Task<LearnerCard?> SuspendAsync(SobesDbContext db, long learnerId, long cardId, bool suspend, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var card = await db.Cards.FirstOrDefaultAsync(c => c.Id == cardId && c.LearnerId == learnerId && !c.Suspended, cancellationToken);
        if (card is null)
        {
            return null;
        }

        if (suspend != (card.SuspendedAt is not null))
        {
            card.SuspendedAt = suspend ? now.ToUniversalTime() : null;
            await db.SaveChangesAsync(cancellationToken);
        }

        return new LearnerCard(card.Id, card.Type, card.GeneratorKey, ScheduleMapping.Payload(card.PayloadJson).Prompt, (CardState)card.State, card.Due, card.SuspendedAt);
    }
}
