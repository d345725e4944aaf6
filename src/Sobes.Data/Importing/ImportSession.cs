using Microsoft.EntityFrameworkCore;
using Sobes.Core.Library;
using Sobes.Core.Library.Duplicates;
using Sobes.Core.Library.Stored;
using Sobes.Core.Posts;
using Sobes.Data.Storage;

namespace Sobes.Data.Importing;

internal enum AcceptOutcome
{
    New,
    Merged,

    /// <summary>A newer version of a note (same GUID, new text) replaced its item's text.</summary>
    Updated,
    Unchanged,
}

/// <summary>A post between <see cref="ImportSession.Match"/> and <see cref="ImportSession.AcceptAsync"/>.</summary>
/// <param name="Draft">The analysed post.</param>
/// <param name="FinderKey">Its key in the duplicate finder; 0 when its text was seen before (no match is needed).</param>
/// <param name="Match">The finder's verified match, null when its text was seen before.</param>
internal sealed record PendingPost(ItemDraft Draft, long FinderKey, Task<DuplicateMatch?>? Match);

/// <summary>
/// The duplicate state of one import: every item of the library and of this import by its posts' text
/// hashes and in a near-duplicate finder, plus the few counters a merge updates. Items are written as
/// they arrive, inside the import's transaction.
/// </summary>
internal sealed class ImportSession : IAsyncDisposable
{
    private readonly SobesDbContext db;
    private readonly ImportWriter writer;
    private readonly ImportIndexing indexing;
    private readonly DateTimeOffset now;
    private readonly NearDuplicateFinder finder = new();
    private readonly Dictionary<string, (long ItemId, long SourceId)> byTextHash = new(StringComparer.Ordinal);
    private readonly HashSet<string> matchedTextHashes = new(StringComparer.Ordinal);
    private readonly Dictionary<long, string> pathBySource = [];
    private readonly Dictionary<long, IReadOnlyList<string>> indexedSourcesBySource = [];
    private readonly Dictionary<long, MergeState> states = [];
    private readonly Dictionary<long, long> itemByFinderKey = [];
    private readonly Dictionary<long, string> questionByItem = [];
    private readonly HashSet<long> touched = [];

    // The item of each note (NoteLocator) imported before, with the text and date of its latest version.
    private readonly Dictionary<string, NoteVersion> notes = new(StringComparer.Ordinal);
    private long nextFinderKey = -1;

    private ImportSession(SobesDbContext db, ImportIndexing indexing, DateTimeOffset now)
    {
        this.db = db;
        this.indexing = indexing;
        this.now = now;
        writer = ImportWriter.Create(db);
    }

    /// <summary>The context the session writes through: the review history shares its transaction.</summary>
    public SobesDbContext Db => db;

    public DateTimeOffset Now => now;

    /// <summary>The item a note (its <see cref="NoteLocator"/>) was imported into, if any.</summary>
    public long? ItemOfNote(string locator) => notes.TryGetValue(locator, out var note) ? note.ItemId : null;

    /// <summary>True once the import has created or changed an item.</summary>
    public bool Changed => touched.Count > 0;

    public static async Task<ImportSession> StartAsync(SobesDbContext db, ImportIndexing indexing, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var session = new ImportSession(db, indexing, now);
        await foreach (var s in db.Sources.AsNoTracking().Select(s => new { s.Id, s.Path }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            session.pathBySource[s.Id] = s.Path;
        }

        await foreach (var p in db.ItemSources.AsNoTracking().Select(p => new { p.TextHash, p.ItemId, p.SourceId }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            session.byTextHash.TryAdd(p.TextHash, (p.ItemId, p.SourceId));
            session.matchedTextHashes.Add(p.TextHash);
        }

        var notePrefix = NoteLocator.Prefix;
        await foreach (var n in db.ItemSources.AsNoTracking().Where(p => p.Locator.StartsWith(notePrefix)).OrderBy(p => p.Id)
            .Select(p => new { p.Locator, p.ItemId, p.TextHash, p.Date }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            session.notes[n.Locator] = new NoteVersion(n.ItemId, n.TextHash, n.Date);
        }

        await foreach (var i in db.Items.AsNoTracking().OrderBy(i => i.Id).Select(i => new { i.Id, i.Body, i.Question }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            session.finder.Add(i.Id, i.Body);
            session.itemByFinderKey[i.Id] = i.Id;
            if (i.Question is { } question)
            {
                session.questionByItem[i.Id] = question;
            }
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

        // The file's parts (SectionSources) share its path and import time.
        var parts = db.Sources.Where(s => s.Path == source.Path && s.ImportedAt == source.ImportedAt).Select(s => s.Id);
        var items = await db.ItemSources.Where(p => parts.Contains(p.SourceId)).Select(p => p.ItemId).Distinct().CountAsync(cancellationToken);
        return (source.Title, items);
    }

    public async Task<SourceRecord> AddSourceAsync(SourceInfo info, CancellationToken cancellationToken)
    {
        var source = new SourceRecord { Path = info.Path, Format = info.Format, ContentHash = info.ContentHash, ImportedAt = now };
        db.Sources.Add(source);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        pathBySource[source.Id] = source.Path;
        indexedSourcesBySource[source.Id] = [Path.GetFileName(source.Path)];
        return source;
    }

    /// <summary>Continues a source of an earlier import (a channel's, page after page): its posts are accepted into it as into a new one.</summary>
    public void Continue(SourceRecord source)
    {
        pathBySource[source.Id] = source.Path;
        indexedSourcesBySource[source.Id] = [Path.GetFileName(source.Path)];
    }

    /// <summary>Records the source's final counts and title.</summary>
    public async Task CompleteSourceAsync(SourceRecord source, CancellationToken cancellationToken)
    {
        db.Sources.Update(source);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>The duplicate finder's stateless work on <paramref name="draft"/>, which may run ahead on any thread.</summary>
    public DuplicateProbe Probe(ItemDraft draft) => finder.Probe(draft.Body);

    /// <summary>
    /// The first half of accepting a post, which must run in file order before the next post's: a post whose text
    /// was seen before waits for <see cref="AcceptAsync"/>; any other goes into the duplicate finder, and its
    /// candidates are verified on the thread pool meanwhile. Posts must then be accepted in the same order.
    /// </summary>
    public PendingPost Match(ItemDraft draft, DuplicateProbe probe)
    {
        if (!matchedTextHashes.Add(draft.Provenance.TextHash))
        {
            return new PendingPost(draft, 0, null);
        }

        var key = nextFinderKey--;
        var candidates = finder.AddCandidates(key, probe);
        return new PendingPost(draft, key, candidates.Count == 0 ? Task.FromResult(candidates.Verify()) : Task.Run(candidates.Verify));
    }

    public async Task<AcceptOutcome> AcceptAsync(PendingPost post, SourceRecord source, CancellationToken cancellationToken)
    {
        var draft = post.Draft;
        var hash = draft.Provenance.TextHash;
        if (notes.TryGetValue(draft.Provenance.Locator, out var note))
        {
            return await AcceptNoteVersionAsync(post, note, source, cancellationToken);
        }

        var outcome = await AcceptTextAsync(post, source, cancellationToken);
        if (NoteLocator.IsNote(draft.Provenance.Locator) && byTextHash.TryGetValue(hash, out var accepted))
        {
            notes[draft.Provenance.Locator] = new NoteVersion(accepted.ItemId, hash, draft.Provenance.Date);
        }

        return outcome;
    }

    // A note imported before: the same text (or an older version) changes nothing; a newer version replaces the item's text.
    private async Task<AcceptOutcome> AcceptNoteVersionAsync(PendingPost post, NoteVersion note, SourceRecord source, CancellationToken cancellationToken)
    {
        var draft = post.Draft;
        var hash = draft.Provenance.TextHash;

        // The finder and the text hashes learnt this post's text: they must lead to the note's item from now on.
        if (post.FinderKey != 0)
        {
            itemByFinderKey[post.FinderKey] = note.ItemId;
        }

        byTextHash.TryAdd(hash, (note.ItemId, source.Id));
        var older = draft.Provenance.Date is { } date && note.Date is { } known && date < known;
        if (note.TextHash == hash || older)
        {
            return AcceptOutcome.Unchanged;
        }

        await MergeAsync(note.ItemId, draft, source, replace: true, cancellationToken);
        notes[draft.Provenance.Locator] = new NoteVersion(note.ItemId, hash, draft.Provenance.Date ?? note.Date);
        return AcceptOutcome.Updated;
    }

    private async Task<AcceptOutcome> AcceptTextAsync(PendingPost post, SourceRecord source, CancellationToken cancellationToken)
    {
        var draft = post.Draft;
        var hash = draft.Provenance.TextHash;
        if (post.Match is null)
        {
            var seen = byTextHash[hash];
            if (pathBySource.TryGetValue(seen.SourceId, out var seenPath) && seenPath == source.Path)
            {
                return AcceptOutcome.Unchanged;
            }

            await MergeAsync(seen.ItemId, draft, source, replace: false, cancellationToken);
            return AcceptOutcome.Merged;
        }

        var key = post.FinderKey;
        if (await post.Match is { } m && MergeRule.MayMerge(draft, m, questionByItem.GetValueOrDefault(itemByFinderKey[m.ExistingId])))
        {
            var target = itemByFinderKey[m.ExistingId];
            itemByFinderKey[key] = target;
            byTextHash[hash] = (target, source.Id);
            await MergeAsync(target, draft, source, replace: false, cancellationToken);
            return AcceptOutcome.Merged;
        }

        var item = ItemRecordMapping.NewItem(draft, now);
        var id = await writer.InsertItemAsync(item, cancellationToken);
        await writer.InsertProvenanceAsync(id, ItemRecordMapping.NewProvenance(draft.Provenance, source.Id), cancellationToken);
        item.Id = id;
        var sources = indexedSourcesBySource[source.Id];
        await indexing.StageAsync(item, sources, created: true, cancellationToken);
        itemByFinderKey[key] = id;
        byTextHash[hash] = (id, source.Id);
        if (item.Question is { } asked)
        {
            questionByItem[id] = asked;
        }

        states[id] = new MergeState(item.Merged, item.Richness, item.Revision, item.EditedByUser, item.Hashtags, sources);
        touched.Add(id);
        return AcceptOutcome.New;
    }

    public ValueTask DisposeAsync() => writer.DisposeAsync();

    // Merges a post into an item: a richer post (or, with replace, a newer version of a note) replaces the item's text.
    private async Task MergeAsync(long itemId, ItemDraft draft, SourceRecord source, bool replace, CancellationToken cancellationToken)
    {
        var state = states.TryGetValue(itemId, out var known) ? known : await LoadStateAsync(itemId, cancellationToken);
        var hashtags = ItemRecordMapping.Delimited(ItemRecordMapping.Split(state.Hashtags).Union(draft.Hashtags));
        var richness = ItemRecordMapping.Richness(draft);
        var sources = WithSource(state.IndexedSources, source);
        if (ItemRichness.Replaces(richness, state.Richness, newerVersion: replace))
        {
            var item = ItemRecordMapping.NewItem(draft, now);
            item.Hashtags = hashtags;
            item.Merged = state.Merged + 1;
            item.Revision = state.Revision + 1;
            if (state.UserKey is { } key && key < draft.Options.Count)
            {
                // A key a learner set survives a richer duplicate replacing the text.
                (item.KeyOption, item.KeySource) = (key, KeySource.User);
            }

            if (state.EditedByUser)
            {
                // The fields an editor set keep the editor's values (Library/Editing/EditLocks).
                await Library.Editing.EditLocks.KeepAsync(db, itemId, item, cancellationToken);
            }

            await writer.UpdateItemAsync(itemId, item, cancellationToken);
            if (sources is null || state.EditedByUser || state.Deleted)
            {
                indexing.ReadBackAfterCommit(itemId);
            }
            else
            {
                item.Id = itemId;
                await indexing.StageAsync(item, sources, created: false, cancellationToken);
            }

            state = new MergeState(item.Merged, item.Richness, item.Revision, state.EditedByUser, hashtags, sources, state.UserKey) { Deleted = state.Deleted };
        }
        else
        {
            if (sources is null || !ReferenceEquals(sources, state.IndexedSources) || hashtags != state.Hashtags)
            {
                indexing.ReadBackAfterCommit(itemId);
            }

            state = state with { Merged = state.Merged + 1, Hashtags = hashtags, IndexedSources = sources };
            await writer.TouchItemAsync(itemId, state.Merged, hashtags, now, cancellationToken);
        }

        states[itemId] = state;
        await writer.InsertProvenanceAsync(itemId, ItemRecordMapping.NewProvenance(draft.Provenance, source.Id), cancellationToken);
        touched.Add(itemId);
    }

    private async Task<MergeState> LoadStateAsync(long itemId, CancellationToken cancellationToken)
    {
        var row = await db.Items.AsNoTracking().Where(i => i.Id == itemId)
            .Select(i => new MergeState(i.Merged, i.Richness, i.Revision, i.EditedByUser, i.Hashtags, null, i.KeySource == KeySource.User ? i.KeyOption : null) { Deleted = i.DeletedAt != null })
            .FirstAsync(cancellationToken);
        return row;
    }

    // The source names of the item's search document, or null for an item of an earlier import (its document is read back).
    private IReadOnlyList<string>? WithSource(IReadOnlyList<string>? sources, SourceRecord source)
    {
        if (sources is null)
        {
            return null;
        }

        var name = indexedSourcesBySource[source.Id][0];
        return sources.Contains(name, StringComparer.Ordinal) ? sources : [.. sources, name];
    }

    private sealed record NoteVersion(long ItemId, string TextHash, DateTimeOffset? Date);

    // IndexedSources: the distinct source file names of the item's provenances, when this import created the item.
    // Deleted: an editor deleted the item; the post merges into it and it stays deleted (the index reads it back as gone).
    private sealed record MergeState(int Merged, int Richness, int Revision, bool EditedByUser, string Hashtags, IReadOnlyList<string>? IndexedSources, int? UserKey = null)
    {
        public bool Deleted { get; init; }
    }
}
