using Microsoft.EntityFrameworkCore;
using Sobes.Data.Importing;
using Sobes.Data.Storage;

namespace Sobes.Data.Library.Editing;

/// <summary>
/// Merges item B into item A. A keeps its content; B's provenances, hashtags and cards move to A (see
/// <see cref="CardMoves"/>: no review is lost), B's flags go, B is deleted, and the log records that A absorbed B.
/// </summary>
internal static class ItemMerging
{
    public static async Task<EditResult> MergeAsync(SobesDbContext db, long itemId, long otherId, string editor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (itemId == otherId)
        {
            return EditResult.Invalid(itemId, "other_id", $"Item {itemId} cannot be merged into itself.");
        }

        var item = await db.Items.FirstOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        if (item is null)
        {
            return EditResult.NotFound(itemId, "id", $"There is no item {itemId}.");
        }

        var other = await db.Items.FirstOrDefaultAsync(i => i.Id == otherId, cancellationToken);
        if (other is null)
        {
            return EditResult.NotFound(itemId, "other_id", $"There is no item {otherId}.");
        }

        var itemPosts = await ProvenanceIdsAsync(db, itemId, cancellationToken);
        var otherPosts = await ProvenanceIdsAsync(db, otherId, cancellationToken);
        var before = new { item = ItemSnapshot.Of(item, itemPosts), other = ItemSnapshot.Of(other, otherPosts) };

        await db.ItemSources.Where(p => p.ItemId == otherId).ExecuteUpdateAsync(s => s.SetProperty(p => p.ItemId, itemId), cancellationToken);
        var cards = await CardMoves.MoveAsync(db, item, otherId, cancellationToken);
        await db.CardFlags.Where(f => f.ItemId == otherId).ExecuteDeleteAsync(cancellationToken);

        item.Merged += other.Merged;
        item.Hashtags = ItemRecordMapping.Delimited(ItemRecordMapping.Split(item.Hashtags).Union(ItemRecordMapping.Split(other.Hashtags)));
        item.UpdatedAt = now;
        db.Items.Remove(other);
        var log = EditLog.Add(db, new ItemEditRecord
        {
            ItemId = itemId,
            Action = EditLog.Merge,
            OtherItemId = otherId,
            Editor = editor,
            At = now,
            BeforeJson = EditLog.Json(before),
            AfterJson = EditLog.Json(new { item = ItemSnapshot.Of(item, [.. itemPosts, .. otherPosts]), moved_cards = cards.Moved, retired_cards = cards.Retired }),
        });
        await db.SaveChangesAsync(cancellationToken);
        return new EditResult(EditStatus.Done, itemId, []) { LogId = log.Id };
    }

    internal static Task<List<long>> ProvenanceIdsAsync(SobesDbContext db, long itemId, CancellationToken cancellationToken) =>
        db.ItemSources.Where(p => p.ItemId == itemId).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(cancellationToken);
}
