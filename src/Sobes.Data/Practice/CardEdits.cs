using Microsoft.EntityFrameworkCore;
using Sobes.Core.Library;
using Sobes.Data.Storage;

namespace Sobes.Data.Practice;

/// <summary>What a learner can change about cards and quizzes.</summary>
public static class CardEdits
{
    /// <summary>
    /// Flags a generated card as bad: the card is suspended, and its generator key is recorded for its item so
    /// the generator skips it there from now on (for every learner).
    /// </summary>
    public static async Task FlagAsync(SobesDbContext db, long cardId, string? reason, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var card = await db.Cards.FirstOrDefaultAsync(c => c.Id == cardId, cancellationToken) ?? throw new InvalidOperationException($"No card {cardId}.");
        card.Flagged = true;
        card.Suspended = true;
        if (!await db.CardFlags.AnyAsync(f => f.ItemId == card.ItemId && f.GeneratorKey == card.GeneratorKey, cancellationToken))
        {
            db.CardFlags.Add(new CardFlagRecord { GeneratorKey = card.GeneratorKey, ItemId = card.ItemId, Reason = reason, FlaggedAt = now.ToUniversalTime() });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Sets the right option of a quiz whose author gave none, recorded with key source "user". The item's
    /// revision is kept: the content did not change, so cards keep their progress.
    /// </summary>
    public static async Task SetQuizKeyAsync(SobesDbContext db, long itemId, int option, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var item = await db.Items.FirstOrDefaultAsync(i => i.Id == itemId && i.Kind == "quiz", cancellationToken)
            ?? throw new InvalidOperationException($"No quiz {itemId}.");
        var count = System.Text.Json.JsonDocument.Parse(item.OptionsJson).RootElement.GetArrayLength();
        ArgumentOutOfRangeException.ThrowIfNegative(option);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(option, count);
        item.KeyOption = option;
        item.KeySource = KeySource.User;
        await db.SaveChangesAsync(cancellationToken);
    }
}
