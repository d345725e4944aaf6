using Microsoft.EntityFrameworkCore;
using Sobes.Core.Cards;
using Sobes.Core.Export;
using Sobes.Core.Posts;
using Sobes.Core.Srs;
using Sobes.Data.Practice;
using Sobes.Data.Storage;
using Sobes.Import.Decks.Export;

namespace Sobes.Data.Library;

/// <summary>What an Anki package export wrote: items in the filter, notes and cards written, review-log rows, items left out as not practisable.</summary>
public sealed record DeckExportReport(int Items, long Notes, int Reviews, int LeftOut);

/// <summary>
/// Writes the library (or the items a filter picks) as an Anki package: the rules of which items go out and as which
/// notes are Core's (<see cref="DeckExport"/>), the file format the writer's (<see cref="ApkgWriter"/>). Items stream in
/// pages of 1,000; generated cloze cards come from the card generator (cards a learner flagged as bad are left out).
/// With a learner, their cards are brought in step with the library first and each card carries its schedule, FSRS
/// memory state and review log.
/// </summary>
public static class DeckExporter
{
    private const int Page = 1000;

    public static async Task<DeckExportReport> ExportAsync(
        SobesDbContext db, Stream output, LibraryFilter? filter, LearnerRecord? learner, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(output);
        var library = await ItemChangeLog.LibraryAsync(db, cancellationToken);
        if (learner is not null)
        {
            await CardSync.SyncAsync(db, learner.Id, now, cancellationToken);
        }

        var flagged = (await db.CardFlags.AsNoTracking().Select(f => new { f.GeneratorKey, f.ItemId }).ToListAsync(cancellationToken))
            .Select(f => (f.GeneratorKey, f.ItemId)).ToHashSet();
        using var writer = ApkgWriter.Create(now);
        var items = 0;
        var leftOut = 0;
        var position = 0L;
        var batch = new List<ItemView>(Page);
        async Task FlushAsync()
        {
            var exported = batch.Select(v => Item(v, [])).Where(DeckExport.IsPractisable).ToList();
            leftOut += batch.Count - exported.Count;
            var clozes = CardGenerator.ClozeCards(exported.Select(Source).ToList(), flagged, CardSync.Glossary)
                .Where(c => c.Type == CardType.Cloze && !c.Payload.Prompt.Contains("{{c", StringComparison.Ordinal))
                .ToLookup(c => c.ItemId, c => new ExportCloze(c.GeneratorKey, c.Payload.Prompt, c.Payload.Answer ?? ""));
            var progress = learner is null ? null : await ProgressAsync(db, learner.Id, exported.Select(i => i.Id).ToList(), cancellationToken);
            foreach (var item in exported)
            {
                foreach (var note in DeckExport.NotesOf(item with { Clozes = clozes[item.Id].ToList() }, library))
                {
                    var cards = note.Cards.Select(c =>
                    {
                        var record = c.GeneratorKey is { } key && progress is not null ? progress.Cards.GetValueOrDefault((note.ItemId, key)) : null;
                        return record is null
                            ? new PackageCard(c.Ordinal, DeckSchedules.Card(null, false, ++position, 0.9), [])
                            : new PackageCard(c.Ordinal, DeckSchedules.Card(ScheduleMapping.ToSchedule(record), record.Suspended, ++position, learner!.DesiredRetention),
                                DeckSchedules.Reviews(Answers(record, progress!.Reviews[record.Id])));
                    }).ToList();
                    writer.Add(note, cards);
                }
            }

            batch.Clear();
        }

        await foreach (var view in LibraryQueries.StreamAsync(db, filter ?? LibraryFilter.All, cancellationToken))
        {
            items++;
            batch.Add(view);
            if (batch.Count == Page)
            {
                await FlushAsync();
            }
        }

        await FlushAsync();
        writer.Complete(output);
        return new DeckExportReport(items, writer.Notes, writer.Reviews, leftOut);
    }

    private static ExportItem Item(ItemView v, IReadOnlyList<ExportCloze> clozes) => new()
    {
        Id = v.Id,
        Kind = v.Kind,
        Title = v.Title,
        Question = v.Question,
        Answer = v.Answer,
        Body = v.Body,
        Options = v.Options.Select(o => new ChoiceOption(o.Text, o.Share)).ToList(),
        KeyOption = v.Key?.Option,
        KeySource = v.Key?.Source,
        Explanation = v.Explanation,
        Topics = v.Topics,
        Hashtags = v.Hashtags,
        NeedsAnswer = v.NeedsAnswer,
        UpdatedAt = v.UpdatedAt,
        KindRule = v.KindRule,
        TitleInferred = v.TitleInferred,
        Links = v.Links,
        Code = v.Code.Select(c => new CodeBlock(c.Language, c.Text)).ToList(),
        Media = v.Media,
        PostedAt = v.PostedAt,
        AnkiGuid = v.Sources.Select(s => s.Locator).FirstOrDefault(NoteLocator.IsNote)?[NoteLocator.Prefix.Length..],
        Clozes = clozes,
    };

    private static SourceItem Source(ExportItem i) => new()
    {
        Id = i.Id,
        Kind = i.Kind,
        Title = i.Title,
        Question = i.Question,
        Answer = i.Answer,
        Body = i.Body,
        Options = i.Options,
        KeyOption = i.KeyOption,
        KeySource = i.KeySource,
        Topics = i.Topics,
    };

    // A card's answers, each with when the card fell due after it: the schedule before the next answer, or the card's own for the last.
    private static List<ExportReview> Answers(CardRecord card, IEnumerable<ReviewLogRecord> log)
    {
        var rows = log.OrderBy(r => r.ReviewedAt).ThenBy(r => r.Id).ToList();
        var answers = new List<ExportReview>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var next = i + 1 < rows.Count ? ScheduleMapping.Deserialize(rows[i + 1].ScheduleBeforeJson).Due : card.Due;
            var r = rows[i];
            answers.Add(new ExportReview(r.ReviewedAt, r.Rating, r.DurationMs, (CardState)r.StateBefore, (CardState)r.StateAfter, r.ScheduledDays, next));
        }

        return answers;
    }

    private static async Task<Progress> ProgressAsync(SobesDbContext db, long learnerId, IReadOnlyList<long> itemIds, CancellationToken cancellationToken)
    {
        var cards = await db.Cards.AsNoTracking().Where(c => c.LearnerId == learnerId && itemIds.Contains(c.ItemId)).ToListAsync(cancellationToken);
        var ids = cards.Select(c => c.Id).ToList();
        var reviews = await db.ReviewLog.AsNoTracking()
            .Where(r => r.LearnerId == learnerId && ids.Contains(r.CardId) && r.Kind == ReviewKind.Review && !r.Undone)
            .ToListAsync(cancellationToken);
        return new Progress(cards.ToDictionary(c => (c.ItemId, c.GeneratorKey)), reviews.ToLookup(r => r.CardId));
    }

    private sealed record Progress(Dictionary<(long ItemId, string Key), CardRecord> Cards, ILookup<long, ReviewLogRecord> Reviews);
}
