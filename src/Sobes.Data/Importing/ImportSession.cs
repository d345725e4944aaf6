using Microsoft.EntityFrameworkCore;
using Sobes.Core.Library;
using Sobes.Core.Library.Duplicates;
using Sobes.Core.Posts;
using Sobes.Data.Storage;

namespace Sobes.Data.Importing;

internal enum AcceptOutcome
{
    New,
    Merged,
    Unchanged,
}

/// <summary>
/// The duplicate state of one import: every item of the library and of this import by its posts' text
/// hashes and in a near-duplicate finder. New items wait in memory and are written in chunks; items
/// are keyed by their id once written and by a negative key before.
/// </summary>
internal sealed class ImportSession
{
    private const int FlushEvery = 2000;

    private readonly SobesDbContext db;
    private readonly DateTimeOffset now;
    private readonly NearDuplicateFinder finder = new();
    private readonly Dictionary<string, (long Key, long SourceId)> byTextHash = new(StringComparer.Ordinal);
    private readonly Dictionary<long, string> pathBySource = [];
    private readonly Dictionary<long, ItemRecord> pending = [];
    private readonly Dictionary<long, long> writtenKeys = [];
    private readonly HashSet<long> touched = [];
    private readonly Dictionary<long, long> aliases = [];
    private long nextPendingKey = -1;

    private ImportSession(SobesDbContext db, DateTimeOffset now)
    {
        this.db = db;
        this.now = now;
    }

    /// <summary>Ids of items created or changed by this import (valid after <see cref="FlushAsync"/>).</summary>
    public IReadOnlyCollection<long> TouchedItemIds => touched;

    public static async Task<ImportSession> StartAsync(SobesDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var session = new ImportSession(db, now);
        await foreach (var s in db.Sources.AsNoTracking().Select(s => new { s.Id, s.Path }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            session.pathBySource[s.Id] = s.Path;
        }

        await foreach (var p in db.ItemSources.AsNoTracking().Select(p => new { p.TextHash, p.ItemId, p.SourceId }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            session.byTextHash.TryAdd(p.TextHash, (p.ItemId, p.SourceId));
        }

        await foreach (var i in db.Items.AsNoTracking().OrderBy(i => i.Id).Select(i => new { i.Id, i.Body }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            session.finder.Add(i.Id, i.Body);
        }

        return session;
    }

    /// <summary>The earlier import of the same bytes, if any: its title and how many items it touched.</summary>
    public async Task<(string? Title, int Items)?> FindImportedAsync(string contentHash, CancellationToken cancellationToken)
    {
        var source = await db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.ContentHash == contentHash, cancellationToken);
        if (source is null)
        {
            return null;
        }

        var items = await db.ItemSources.Where(p => p.SourceId == source.Id).Select(p => p.ItemId).Distinct().CountAsync(cancellationToken);
        return (source.Title, items);
    }

    public async Task<SourceRecord> AddSourceAsync(SourceInfo info, CancellationToken cancellationToken)
    {
        var source = new SourceRecord { Path = info.Path, Format = info.Format, Title = info.Title, ContentHash = info.ContentHash, ImportedAt = now };
        db.Sources.Add(source);
        await db.SaveChangesAsync(cancellationToken);
        pathBySource[source.Id] = source.Path;
        return source;
    }

    public async Task<AcceptOutcome> AcceptAsync(ItemDraft draft, SourceRecord source, CancellationToken cancellationToken)
    {
        var hash = draft.Provenance.TextHash;
        if (byTextHash.TryGetValue(hash, out var seen))
        {
            if (pathBySource.TryGetValue(seen.SourceId, out var seenPath) && seenPath == source.Path)
            {
                return AcceptOutcome.Unchanged;
            }

            await MergeAsync(seen.Key, draft, source, cancellationToken);
            return AcceptOutcome.Merged;
        }

        var key = nextPendingKey--;
        if (finder.Add(key, draft.Body) is { } m && Compatible(draft, m))
        {
            var target = Canonical(m.ExistingId);
            aliases[key] = target;
            byTextHash[hash] = (target, source.Id);
            await MergeAsync(target, draft, source, cancellationToken);
            return AcceptOutcome.Merged;
        }

        var item = ItemRecordMapping.NewItem(draft, now);
        item.Sources.Add(ItemRecordMapping.NewProvenance(draft.Provenance, source.Id));
        pending[key] = item;
        db.Items.Add(item);
        byTextHash[hash] = (key, source.Id);
        if (pending.Count >= FlushEvery)
        {
            await FlushAsync(cancellationToken);
        }

        return AcceptOutcome.New;
    }

    /// <summary>Writes pending items and remembers their ids.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (key, item) in pending)
        {
            writtenKeys[key] = item.Id;
            touched.Add(item.Id);
        }

        pending.Clear();
        db.ChangeTracker.Clear();
    }

    /// <summary>Records the source's final counts and title.</summary>
    public async Task CompleteSourceAsync(SourceRecord source, CancellationToken cancellationToken)
    {
        db.Sources.Update(source);
        await FlushAsync(cancellationToken);
    }

    // A post that duplicated another was indexed under its own key; merges go to the item it joined.
    private long Canonical(long key)
    {
        while (aliases.TryGetValue(key, out var target))
        {
            key = target;
        }

        return key;
    }

    // A quiz and a prose post can share their wording without being the same thing.
    private static bool Compatible(ItemDraft draft, DuplicateMatch match) => match.Kind != DuplicateKind.Contained || draft.Options.Count == 0;

    private async Task MergeAsync(long key, ItemDraft draft, SourceRecord source, CancellationToken cancellationToken)
    {
        var item = await ResolveAsync(key, cancellationToken);
        item.Merged++;
        var richness = ItemRecordMapping.Richness(draft);
        if (richness > item.Richness && !item.EditedByUser)
        {
            ItemRecordMapping.CopyContent(draft, item);
            item.Revision++;
        }
        else
        {
            item.Hashtags = ItemRecordMapping.Delimited(ItemRecordMapping.Split(item.Hashtags).Union(draft.Hashtags));
        }

        item.UpdatedAt = now;
        var provenance = ItemRecordMapping.NewProvenance(draft.Provenance, source.Id);
        if (item.Id > 0)
        {
            provenance.ItemId = item.Id;
            db.ItemSources.Add(provenance);
            db.Items.Update(item);
            touched.Add(item.Id);
        }
        else
        {
            item.Sources.Add(provenance);
        }
    }

    private async Task<ItemRecord> ResolveAsync(long key, CancellationToken cancellationToken)
    {
        if (pending.TryGetValue(key, out var waiting))
        {
            return waiting;
        }

        var id = key < 0 ? writtenKeys[key] : key;
        var tracked = db.Items.Local.FirstOrDefault(i => i.Id == id);
        return tracked ?? await db.Items.FirstAsync(i => i.Id == id, cancellationToken);
    }
}
