using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sobes.Data.Storage;

namespace Sobes.Data.Library.Editing;

/// <summary>One line of an item's edit history as pages and the API show it.</summary>
public sealed record EditEntry(long Id, string Action, long ItemId, long? OtherItemId, long? ProvenanceId, IReadOnlyList<string> Fields, string Editor, DateTimeOffset At, string BeforeJson, string AfterJson);

/// <summary>The append-only log of editors' changes, and what can be read back from it.</summary>
public static class EditLog
{
    public const string Edit = "edit";
    public const string Merge = "merge";
    public const string Split = "split";
    public const string Delete = "delete";
    public const string Restore = "restore";
    public const string Dismiss = "dismiss";

    /// <summary>Every entry that names the item (as the item changed or as the other side), oldest first.</summary>
    public static async Task<IReadOnlyList<EditEntry>> HistoryAsync(SobesDbContext db, long itemId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.ItemEdits.AsNoTracking().Where(e => e.ItemId == itemId || e.OtherItemId == itemId).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        return rows.Select(e => new EditEntry(e.Id, e.Action, e.ItemId, e.OtherItemId, e.ProvenanceId, Importing.ItemRecordMapping.Split(e.Fields), e.Editor, e.At, e.BeforeJson, e.AfterJson)).ToList();
    }

    /// <summary>The item that now holds a merged-away item (following later merges), or null when the id was never merged away.</summary>
    public static async Task<long?> AbsorbedIntoAsync(SobesDbContext db, long itemId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var id = itemId;
        for (var hop = 0; hop < 32; hop++)
        {
            var next = await db.ItemEdits.AsNoTracking().Where(e => e.Action == Merge && e.OtherItemId == id).OrderByDescending(e => e.Id)
                .Select(e => (long?)e.ItemId).FirstOrDefaultAsync(cancellationToken);
            if (next is not { } holder)
            {
                return null;
            }

            if (await db.Items.AnyAsync(i => i.Id == holder, cancellationToken))
            {
                return holder;
            }

            id = holder;
        }

        return null;
    }

    internal static ItemEditRecord Add(SobesDbContext db, ItemEditRecord entry)
    {
        db.ItemEdits.Add(entry);
        return entry;
    }

    internal static string Json(object value) => JsonSerializer.Serialize(value, LibraryExporter.Json);
}
