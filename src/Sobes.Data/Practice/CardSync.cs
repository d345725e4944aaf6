using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sobes.Core.Cards;
using Sobes.Core.Srs;
using Sobes.Data.Importing;
using Sobes.Data.Storage;

namespace Sobes.Data.Practice;

/// <summary>What a card sync did.</summary>
public sealed record CardSyncReport(int Created, int Regenerated, int Unchanged, int Retired);

/// <summary>
/// Brings a learner's cards in step with the library. Cards are keyed by item and generator key: a card whose
/// item revision is unchanged keeps its schedule untouched; one whose item changed gets the new content and starts
/// again as new only when it asks another fact (<see cref="CardFacts"/>): better wording keeps the learner's progress.
/// Cards no longer generated are suspended, never deleted.
/// </summary>
public static class CardSync
{
    internal static readonly string[] PracticedKinds = ["question", "note", "quiz", "problem", "case"];

    internal static IReadOnlyList<string> Glossary => CardGenerator.TopicGlossary;

    /// <summary>Syncs now, in the learner's turn (see <see cref="LearnerTurn"/>).</summary>
    public static async Task<CardSyncReport> SyncAsync(SobesDbContext db, long learnerId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await using var turn = await LearnerTurn.TakeAsync(db, learnerId, cancellationToken);
        var report = await SyncCardsAsync(db, learnerId, now, cancellationToken);
        await turn.CompleteAsync(cancellationToken);
        return report;
    }

    private static async Task<CardSyncReport> SyncCardsAsync(SobesDbContext db, long learnerId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // A deleted item's cards are suspended like any card no longer made; restoring the item brings them back as they were.
        var items = await db.Items.AsNoTracking().Where(i => PracticedKinds.Contains(i.Kind) && !i.NeedsAnswer && i.DeletedAt == null).ToListAsync(cancellationToken);
        var flags = (await db.CardFlags.AsNoTracking().Select(f => new { f.GeneratorKey, f.ItemId }).ToListAsync(cancellationToken))
            .Select(f => (f.GeneratorKey, f.ItemId)).ToHashSet();
        var drafts = CardGenerator.Generate(items.Select(ToSource).ToList(), flags, Glossary);
        var existing = (await db.Cards.Where(c => c.LearnerId == learnerId).ToListAsync(cancellationToken))
            .ToDictionary(c => (c.ItemId, c.GeneratorKey));
        int created = 0, regenerated = 0, unchanged = 0;
        var seen = new HashSet<(long, string)>();
        foreach (var draft in drafts)
        {
            if (!seen.Add((draft.ItemId, draft.GeneratorKey)))
            {
                continue;
            }

            var payload = ScheduleMapping.Serialize(draft.Payload);
            if (!existing.TryGetValue((draft.ItemId, draft.GeneratorKey), out var card))
            {
                db.Cards.Add(NewCard(draft, payload, learnerId, now));
                created++;
            }
            else if (card.ItemRevision == draft.ItemRevision && !card.Suspended)
            {
                unchanged++;
            }
            else
            {
                Regenerate(card, draft, payload, now);
                regenerated++;
            }
        }

        var retired = 0;
        foreach (var card in existing.Values.Where(c => !c.Suspended && !seen.Contains((c.ItemId, c.GeneratorKey))))
        {
            card.Suspended = true;
            retired++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return new CardSyncReport(created, regenerated, unchanged, retired);
    }

    /// <summary>
    /// Syncs only when the library or the flags changed since this learner's last sync (or never synced): one read of
    /// two <c>meta</c> rows instead of generating every card, so it can run before each card shown. The check is made
    /// again in the learner's turn, so of several processes that saw the change at once only the first syncs.
    /// Returns null when nothing needed doing.
    /// </summary>
    public static async Task<CardSyncReport?> SyncIfChangedAsync(SobesDbContext db, long learnerId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var key = "cards-synced:" + learnerId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (Unsynced(await SyncMarks.For(db)(db, key).ToListAsync(cancellationToken), key) is null)
        {
            return null;
        }

        await using var turn = await LearnerTurn.TakeAsync(db, learnerId, cancellationToken);
        if (Unsynced(await db.Meta.Where(m => m.Key == LibraryRevision.Key || m.Key == key).ToListAsync(cancellationToken), key) is not { } unsynced)
        {
            return null;
        }

        var (revision, row) = unsynced;

        var report = await SyncCardsAsync(db, learnerId, now, cancellationToken);
        if (row is null)
        {
            db.Meta.Add(new MetaRecord { Key = key, Value = revision });
        }
        else
        {
            row.Value = revision;
        }

        await db.SaveChangesAsync(cancellationToken);
        await turn.CompleteAsync(cancellationToken);
        return report;
    }

    // The check made before every card shown.
    private static readonly CompiledPerModel<Func<SobesDbContext, string, IAsyncEnumerable<MetaRecord>>> SyncMarks = new(() => EF.CompileAsyncQuery(
        (SobesDbContext db, string key) => db.Meta.AsNoTracking().Where(m => m.Key == LibraryRevision.Key || m.Key == key)));

    /// <summary>The library's revision and the learner's sync mark (null when never synced), or null when they agree.</summary>
    private static (string Revision, MetaRecord? Row)? Unsynced(List<MetaRecord> rows, string key)
    {
        var revision = rows.FirstOrDefault(m => m.Key == LibraryRevision.Key)?.Value ?? LibraryRevision.Initial;
        var row = rows.FirstOrDefault(m => m.Key == key);
        return row?.Value == revision ? null : (revision, row);
    }

    internal static SourceItem ToSource(ItemRecord i) => new()
    {
        Id = i.Id,
        Kind = i.Kind,
        Title = i.Title,
        Question = i.Question,
        Answer = i.Answer,
        Body = i.Body,
        Language = i.Language,
        Options = (JsonSerializer.Deserialize<List<ItemRecordMapping.OptionJson>>(i.OptionsJson, StorageJson.Options) ?? [])
            .Select(o => new ChoiceOption(o.Text, o.Share)).ToList(),
        KeyOption = i.KeyOption,
        KeySource = i.KeySource,
        Topics = ItemRecordMapping.Split(i.Topics),
        Revision = i.Revision,
    };

    private static CardRecord NewCard(CardDraft draft, string payload, long learnerId, DateTimeOffset now)
    {
        var card = new CardRecord
        {
            ItemId = draft.ItemId,
            LearnerId = learnerId,
            Type = draft.Type,
            GeneratorKey = draft.GeneratorKey,
            PayloadJson = payload,
            ItemRevision = draft.ItemRevision,
            Topic = draft.Topic,
            CreatedAt = now.ToUniversalTime(),
        };
        ScheduleMapping.Apply(CardSchedule.New(now), card);
        return card;
    }

    private static void Regenerate(CardRecord card, CardDraft draft, string payload, DateTimeOffset now)
    {
        if (card.PayloadJson != payload)
        {
            if (card.Type != draft.Type || !CardFacts.Same(draft.Type, ScheduleMapping.Payload(card.PayloadJson), draft.Payload))
            {
                ScheduleMapping.Apply(CardSchedule.New(now), card);
            }

            card.PayloadJson = payload;
        }

        card.Type = draft.Type;
        card.ItemRevision = draft.ItemRevision;
        card.Topic = draft.Topic;
        card.Suspended = card.Flagged;
    }
}
