using Microsoft.EntityFrameworkCore;
using Sobes.Data.Importing;
using Sobes.Data.Storage;

namespace Sobes.Data.Library.Editing;

/// <summary>
/// Reads an edited item's locks from the edit log and applies Core's rule (<see cref="Core.Library.Stored.EditLocks"/>):
/// an import or a re-analysis may replace an edited item's content, but every field an editor ever set keeps the
/// editor's value.
/// </summary>
internal static class EditLocks
{
    /// <summary>The fields ever set by an editor on item <paramref name="itemId"/>, per the edit log.</summary>
    public static async Task<IReadOnlySet<string>> LockedAsync(SobesDbContext db, long itemId, CancellationToken cancellationToken)
    {
        var logged = await db.ItemEdits.AsNoTracking().Where(e => e.ItemId == itemId && e.Action == EditLog.Edit).Select(e => e.Fields).ToListAsync(cancellationToken);
        return logged.SelectMany(ItemRecordMapping.Split).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Copies the locked fields of item <paramref name="itemId"/> as stored into <paramref name="replacement"/>.</summary>
    public static async Task KeepAsync(SobesDbContext db, long itemId, ItemRecord replacement, CancellationToken cancellationToken)
    {
        var locked = await LockedAsync(db, itemId, cancellationToken);
        var current = await db.Items.AsNoTracking().FirstAsync(i => i.Id == itemId, cancellationToken);
        Keep(locked, current, replacement);
    }

    /// <summary>As <see cref="KeepAsync"/>, with the locks and the stored item already read.</summary>
    public static void Keep(IReadOnlySet<string> locked, ItemRecord current, ItemRecord replacement)
    {
        replacement.EditedByUser = true;
        ItemRecordMapping.Apply(Core.Library.Stored.EditLocks.Keep(locked, ItemRecordMapping.Content(current), ItemRecordMapping.Content(replacement)), replacement);
    }
}
