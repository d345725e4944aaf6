using Microsoft.EntityFrameworkCore;
using Sobes.Data.Library.Editing;
using Sobes.Data.Storage;

namespace Sobes.Data.Library.Owning;

/// <summary>What an ownership action did: the ids it changed, those already so, and those that do not exist.</summary>
public sealed record OwnershipResult(IReadOnlyList<long> Changed, IReadOnlyList<long> Unchanged, IReadOnlyList<long> Missing)
{
    /// <summary>For a source action, the items deleted or restored with the sources.</summary>
    public IReadOnlyList<long> Items { get; init; } = [];
}

/// <summary>An action on every item of a filtered list.</summary>
public enum BulkAction
{
    Delete,
    Restore,
    Dismiss,
}

/// <summary>
/// The owner tidies the library: soft-deletes and restores items and whole sources, and dismisses items from the
/// review queue. Nothing is erased: a deleted item keeps its row, posts and cards, leaves lists, search, practice,
/// exports and statistics, and comes back whole (cards with their progress) when restored. Every change is one
/// transaction with a line per item in the edit log. Imports never undo a deletion: a post seen again merges into
/// its deleted item, which stays deleted (the import writer never writes <c>DeletedAt</c>).
/// </summary>
public sealed class LibraryOwner(SobesDatabase database, TimeProvider time)
{
    private const int Chunk = 500;

    public Task<OwnershipResult> DeleteItemsAsync(IReadOnlyCollection<long> ids, string editor, CancellationToken cancellationToken = default) =>
        RunAsync(editor, (db, now, who) => SetItemsAsync(db, ids, deleted: true, null, who, now, cancellationToken), cancellationToken);

    public Task<OwnershipResult> RestoreItemsAsync(IReadOnlyCollection<long> ids, string editor, CancellationToken cancellationToken = default) =>
        RunAsync(editor, (db, now, who) => SetItemsAsync(db, ids, deleted: false, null, who, now, cancellationToken), cancellationToken);

    /// <summary>Takes items out of the review queue for good: imports and re-analysis keep the mark.</summary>
    public Task<OwnershipResult> DismissAsync(IReadOnlyCollection<long> ids, string editor, CancellationToken cancellationToken = default) =>
        RunAsync(editor, (db, now, who) => DismissItemsAsync(db, ids, who, now, cancellationToken), cancellationToken);

    /// <summary>Deletes sources and every item no live source holds any more.</summary>
    public Task<OwnershipResult> DeleteSourcesAsync(IReadOnlyCollection<long> sourceIds, string editor, CancellationToken cancellationToken = default) =>
        RunAsync(editor, (db, now, who) => DeleteSourcesAsync(db, sourceIds, who, now, cancellationToken), cancellationToken);

    /// <summary>Restores sources and the items their deletion took (an item deleted on its own stays deleted).</summary>
    public Task<OwnershipResult> RestoreSourcesAsync(IReadOnlyCollection<long> sourceIds, string editor, CancellationToken cancellationToken = default) =>
        RunAsync(editor, (db, now, who) => RestoreSourcesAsync(db, sourceIds, who, now, cancellationToken), cancellationToken);

    /// <summary>Applies <paramref name="action"/> to every item <paramref name="filter"/> admits (restore looks among deleted items).</summary>
    public async Task<OwnershipResult> ApplyAsync(BulkAction action, LibraryFilter filter, string editor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        IReadOnlyList<long> ids;
        await using (var db = database.CreateContext())
        {
            ids = await LibraryQueries.IdsAsync(db, filter with { Deleted = action == BulkAction.Restore }, cancellationToken);
        }

        return action switch
        {
            BulkAction.Delete => await DeleteItemsAsync(ids, editor, cancellationToken),
            BulkAction.Restore => await RestoreItemsAsync(ids, editor, cancellationToken),
            _ => await DismissAsync(ids, editor, cancellationToken),
        };
    }

    private async Task<OwnershipResult> RunAsync(string editor, Func<SobesDbContext, DateTimeOffset, string, Task<OwnershipResult>> operation, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(editor);
        var who = editor.Length > 128 ? editor[..128] : editor;
        OwnershipResult result;
        await using (var db = database.CreateContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            result = await operation(db, time.GetUtcNow(), who);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        if (result.Changed.Count > 0 || result.Items.Count > 0)
        {
            await database.Search.FollowAsync(cancellationToken: CancellationToken.None);
        }

        return result;
    }

    private static async Task<OwnershipResult> SetItemsAsync(SobesDbContext db, IReadOnlyCollection<long> ids, bool deleted, long? sourceId, string editor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var changed = new List<long>();
        var unchanged = new List<long>();
        var found = new HashSet<long>();
        foreach (var chunk in ids.Distinct().Chunk(Chunk))
        {
            foreach (var item in await db.Items.Where(i => chunk.Contains(i.Id)).ToListAsync(cancellationToken))
            {
                found.Add(item.Id);
                if ((item.DeletedAt is not null) == deleted)
                {
                    unchanged.Add(item.Id);
                    continue;
                }

                SetDeleted(db, item, deleted, sourceId, editor, now);
                changed.Add(item.Id);
            }
        }

        return new OwnershipResult(Sorted(changed), Sorted(unchanged), ids.Where(i => !found.Contains(i)).Distinct().Order().ToList());
    }

    private static void SetDeleted(SobesDbContext db, ItemRecord item, bool deleted, long? sourceId, string editor, DateTimeOffset now)
    {
        var before = item.DeletedAt;
        item.DeletedAt = deleted ? now : null;
        EditLog.Add(db, new ItemEditRecord
        {
            ItemId = item.Id,
            Action = deleted ? EditLog.Delete : EditLog.Restore,
            SourceId = sourceId,
            Editor = editor,
            At = now,
            BeforeJson = EditLog.Json(new { DeletedAt = before }),
            AfterJson = EditLog.Json(new { item.DeletedAt }),
        });
    }

    private static async Task<OwnershipResult> DismissItemsAsync(SobesDbContext db, IReadOnlyCollection<long> ids, string editor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var changed = new List<long>();
        var unchanged = new List<long>();
        var found = new HashSet<long>();
        foreach (var chunk in ids.Distinct().Chunk(Chunk))
        {
            foreach (var item in await db.Items.Where(i => chunk.Contains(i.Id)).ToListAsync(cancellationToken))
            {
                found.Add(item.Id);
                if (item.ReviewDismissedAt is not null || item.DeletedAt is not null)
                {
                    unchanged.Add(item.Id);
                    continue;
                }

                item.ReviewDismissedAt = now;
                EditLog.Add(db, new ItemEditRecord
                {
                    ItemId = item.Id,
                    Action = EditLog.Dismiss,
                    Editor = editor,
                    At = now,
                    BeforeJson = EditLog.Json(new { ReviewDismissedAt = (DateTimeOffset?)null }),
                    AfterJson = EditLog.Json(new { item.ReviewDismissedAt }),
                });
                changed.Add(item.Id);
            }
        }

        return new OwnershipResult(Sorted(changed), Sorted(unchanged), ids.Where(i => !found.Contains(i)).Distinct().Order().ToList());
    }

    private static async Task<OwnershipResult> DeleteSourcesAsync(SobesDbContext db, IReadOnlyCollection<long> sourceIds, string editor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = sourceIds.Distinct().ToList();
        var sources = await db.Sources.Where(s => ids.Contains(s.Id)).ToListAsync(cancellationToken);
        var live = sources.Where(s => s.DeletedAt is null).Select(s => s.Id).ToList();
        foreach (var source in sources.Where(s => s.DeletedAt is null))
        {
            source.DeletedAt = now;
        }

        // The items that only the deleted sources (and sources deleted before) hold.
        var items = await db.Items
            .Where(i => i.DeletedAt == null && i.Sources.Any(p => live.Contains(p.SourceId))
                && !i.Sources.Any(p => p.Source!.DeletedAt == null && !live.Contains(p.SourceId)))
            .Select(i => new { Item = i, Source = i.Sources.Where(p => live.Contains(p.SourceId)).Min(p => p.SourceId) })
            .ToListAsync(cancellationToken);
        foreach (var row in items)
        {
            SetDeleted(db, row.Item, deleted: true, row.Source, editor, now);
        }

        return SourceResult(ids, sources, live, items.Select(r => r.Item.Id));
    }

    private static async Task<OwnershipResult> RestoreSourcesAsync(SobesDbContext db, IReadOnlyCollection<long> sourceIds, string editor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = sourceIds.Distinct().ToList();
        var sources = await db.Sources.Where(s => ids.Contains(s.Id)).ToListAsync(cancellationToken);
        var deleted = sources.Where(s => s.DeletedAt is not null).Select(s => s.Id).ToList();
        foreach (var source in sources.Where(s => s.DeletedAt is not null))
        {
            source.DeletedAt = null;
        }

        // An item comes back when its last delete or restore was this source's deletion.
        var candidates = await db.Items.Where(i => i.DeletedAt != null && i.Sources.Any(p => deleted.Contains(p.SourceId))).ToListAsync(cancellationToken);
        var candidateIds = candidates.Select(i => i.Id).ToList();
        var last = (await db.ItemEdits.AsNoTracking()
                .Where(e => candidateIds.Contains(e.ItemId) && (e.Action == EditLog.Delete || e.Action == EditLog.Restore))
                .Select(e => new { e.Id, e.ItemId, e.Action, e.SourceId }).ToListAsync(cancellationToken))
            .GroupBy(e => e.ItemId).ToDictionary(g => g.Key, g => g.MaxBy(e => e.Id)!);
        var restored = new List<long>();
        foreach (var item in candidates)
        {
            if (last.TryGetValue(item.Id, out var entry) && entry.Action == EditLog.Delete && entry.SourceId is { } source && deleted.Contains(source))
            {
                SetDeleted(db, item, deleted: false, source, editor, now);
                restored.Add(item.Id);
            }
        }

        return SourceResult(ids, sources, deleted, restored);
    }

    private static OwnershipResult SourceResult(List<long> ids, List<SourceRecord> sources, List<long> changed, IEnumerable<long> items) =>
        new(Sorted(changed), Sorted(sources.Select(s => s.Id).Except(changed).ToList()), ids.Except(sources.Select(s => s.Id)).Order().ToList()) { Items = items.Order().ToList() };

    private static List<long> Sorted(List<long> ids)
    {
        ids.Sort();
        return ids;
    }
}
