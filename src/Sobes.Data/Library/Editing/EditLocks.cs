using Microsoft.EntityFrameworkCore;
using Sobes.Data.Importing;
using Sobes.Data.Storage;

namespace Sobes.Data.Library.Editing;

/// <summary>
/// The re-import rule for edited items: an import may still replace an edited item's content with a richer
/// version of the post, but every field an editor ever set (per the edit log) keeps the editor's value.
/// </summary>
internal static class EditLocks
{
    /// <summary>Copies the locked fields of item <paramref name="itemId"/> as stored into <paramref name="replacement"/>.</summary>
    public static async Task KeepAsync(SobesDbContext db, long itemId, ItemRecord replacement, CancellationToken cancellationToken)
    {
        var logged = await db.ItemEdits.AsNoTracking().Where(e => e.ItemId == itemId && e.Action == EditLog.Edit).Select(e => e.Fields).ToListAsync(cancellationToken);
        var locked = logged.SelectMany(ItemRecordMapping.Split).ToHashSet(StringComparer.Ordinal);
        var current = await db.Items.AsNoTracking().FirstAsync(i => i.Id == itemId, cancellationToken);
        replacement.EditedByUser = true;
        foreach (var field in locked)
        {
            Keep(field, current, replacement);
        }
    }

    private static void Keep(string field, ItemRecord current, ItemRecord replacement)
    {
        switch (field)
        {
            case EditFields.Title:
                (replacement.Title, replacement.TitleInferred) = (current.Title, current.TitleInferred);
                break;
            case EditFields.Kind:
                (replacement.Kind, replacement.KindRule, replacement.NeedsAnswer) = (current.Kind, current.KindRule, current.NeedsAnswer);
                break;
            case EditFields.Key when current.KeyOption is not { } key || key < ItemSnapshot.OptionCount(replacement):
                (replacement.KeyOption, replacement.KeySource) = (current.KeyOption, current.KeySource);
                break;
            case EditFields.Topics:
                replacement.Topics = current.Topics;
                break;
            case EditFields.Question:
                replacement.Question = current.Question;
                break;
            case EditFields.Answer:
                (replacement.Answer, replacement.NeedsAnswer) = (current.Answer, current.NeedsAnswer);
                break;
            case EditFields.Body:
                (replacement.Body, replacement.Language) = (current.Body, current.Language);
                break;
        }
    }
}
