using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sobes.Core.Library;
using Sobes.Core.Posts;
using Sobes.Data.Importing;
using Sobes.Data.Storage;

namespace Sobes.Data.Library.Editing;

/// <summary>
/// Undoes a wrong merge one post at a time: the provenance moves to a new item rebuilt by the library pipeline
/// from the post's stored text. When the item's content was that post's, and no editor touched it, the item is
/// rebuilt from its richest remaining post. Cards stay where they are: the new item gets its own at the next sync.
/// </summary>
internal static class ItemSplitting
{
    public static async Task<EditResult> SplitAsync(SobesDbContext db, long itemId, long provenanceId, string editor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var item = await db.Items.FirstOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        if (item is null)
        {
            return EditResult.NotFound(itemId, "id", $"There is no item {itemId}.");
        }

        var post = await db.ItemSources.FirstOrDefaultAsync(p => p.Id == provenanceId, cancellationToken);
        if (post is null)
        {
            return EditResult.NotFound(itemId, "provenance_id", $"There is no provenance {provenanceId}.");
        }

        if (post.ItemId != itemId)
        {
            return EditResult.Invalid(itemId, "provenance_id", $"Provenance {provenanceId} belongs to item {post.ItemId}, not to item {itemId}.");
        }

        var posts = await db.ItemSources.Where(p => p.ItemId == itemId).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        if (posts.Count < 2)
        {
            return EditResult.Invalid(itemId, "provenance_id", $"Item {itemId} has only one provenance: there is nothing to split it from.");
        }

        if (Rebuild(post) is not { } draft)
        {
            return EditResult.Invalid(itemId, "provenance_id", $"The stored text of provenance {provenanceId} holds nothing to build an item from.");
        }

        var before = ItemSnapshot.Of(item, posts.Select(p => p.Id).ToList());
        var created = ItemRecordMapping.NewItem(draft, now);
        db.Items.Add(created);
        await db.SaveChangesAsync(cancellationToken);

        post.ItemId = created.Id;
        item.Merged = Math.Max(1, item.Merged - 1);
        item.UpdatedAt = now;
        var remaining = posts.Where(p => p.Id != provenanceId).ToList();
        if (!item.EditedByUser && item.Body == post.Text && remaining.Select(Rebuild).OfType<ItemDraft>().MaxBy(ItemRecordMapping.Richness) is { } richest)
        {
            TakeContent(item, richest);
        }

        var log = EditLog.Add(db, new ItemEditRecord
        {
            ItemId = itemId,
            Action = EditLog.Split,
            OtherItemId = created.Id,
            ProvenanceId = provenanceId,
            Editor = editor,
            At = now,
            BeforeJson = EditLog.Json(new { item = before }),
            AfterJson = EditLog.Json(new { item = ItemSnapshot.Of(item, remaining.Select(p => p.Id).ToList()), new_item = ItemSnapshot.Of(created, [provenanceId]) }),
        });
        await db.SaveChangesAsync(cancellationToken);
        return new EditResult(EditStatus.Done, itemId, []) { NewItemId = created.Id, LogId = log.Id };
    }

    /// <summary>The item the pipeline makes of a stored post today: its cleaned text and, for a poll, the poll as read (posts imported before polls were kept come back without options).</summary>
    internal static ItemDraft? Rebuild(ItemSourceRecord post) => PostAnalyzer.Analyze(RawOf(post));

    /// <summary>A stored post as its reader gave it, as far as it is stored: text, date, views, reactions, forward and poll.</summary>
    internal static RawPost RawOf(ItemSourceRecord post) => new()
    {
        Locator = post.Locator,
        Line = post.Line,
        Text = post.Text,
        Date = post.Date,
        Views = post.Views,
        Reactions = (JsonSerializer.Deserialize<List<ItemRecordMapping.ReactionJson>>(post.ReactionsJson, StorageJson.Options) ?? []).Select(r => new Reaction(r.Emoji, r.Count)).ToList(),
        ForwardedFrom = post.ForwardedFrom,
        Poll = post.PollJson is null ? null : JsonSerializer.Deserialize<Poll>(post.PollJson, StorageJson.Options),
    };

    private static void TakeContent(ItemRecord item, ItemDraft draft)
    {
        var (options, key, keySource, explanation) = (item.OptionsJson, item.KeyOption, item.KeySource, item.Explanation);
        ItemRecordMapping.CopyContent(draft, item);
        if (draft.Options.Count == 0 && options != "[]")
        {
            (item.OptionsJson, item.KeyOption, item.KeySource, item.Explanation) = (options, key, keySource, explanation);
        }

        item.Revision++;
    }
}
