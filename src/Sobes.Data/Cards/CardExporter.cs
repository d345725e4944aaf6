using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Sobes.Core.Cards;
using Sobes.Core.Library;
using Sobes.Data.Library;
using Sobes.Data.Practice;
using Sobes.Data.Storage;

namespace Sobes.Data.Cards;

/// <summary>
/// Writes a learner's cards as JSON Lines, one card a line in id order, for other tools: id, item_id, type (the
/// stored name), generator_key, prompt, answer (a multiple-choice card's right option's text), key ({option, source}
/// of a multiple-choice card), options ([{text, share}]), pairs ([{term, definition}]), topic (slug or null),
/// language; with suspended cards included, also suspended. Fields are only ever added.
/// </summary>
public static class CardExporter
{
    /// <summary>The learner named <paramref name="name"/>: an account's own learner, "local" (also the default when null) the CLI's, else null.</summary>
    public static async Task<LearnerRecord?> FindLearnerAsync(SobesDbContext db, string? name, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (name is null)
        {
            return await Learners.LocalAsync(db, now, cancellationToken);
        }

        var normalized = name.ToUpperInvariant();
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedUserName == normalized, cancellationToken);
        if (user is not null)
        {
            return await db.Learners.FirstOrDefaultAsync(l => l.Id == user.LearnerId, cancellationToken);
        }

        return name == Learners.LocalName ? await Learners.LocalAsync(db, now, cancellationToken) : null;
    }

    /// <summary>Brings the learner's cards in step with the library, then writes them; returns how many lines were written.</summary>
    public static async Task<int> ExportAsync(SobesDbContext db, long learnerId, bool includeSuspended, TextWriter output, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(output);
        await CardSync.SyncAsync(db, learnerId, now, cancellationToken);
        var cards = db.Cards.AsNoTracking().Where(c => c.LearnerId == learnerId && (includeSuspended || (!c.Suspended && c.SuspendedAt == null))).OrderBy(c => c.Id)
            .Select(c => new { Card = c, c.Item!.KeyOption, c.Item.KeySource }).AsAsyncEnumerable();
        var count = 0;
        await foreach (var row in cards.WithCancellation(cancellationToken))
        {
            var line = Line(row.Card, row.KeyOption, row.KeySource, includeSuspended);
            await output.WriteLineAsync(JsonSerializer.Serialize(line, LibraryExporter.Json).AsMemory(), cancellationToken);
            count++;
        }

        await output.FlushAsync(cancellationToken);
        return count;
    }

    private static CardLine Line(CardRecord card, int? keyOption, KeySource? keySource, bool includeSuspended)
    {
        var payload = ScheduleMapping.Payload(card.PayloadJson);
        var options = payload.Options ?? [];
        var choice = card.Type == CardType.MultipleChoice;
        var key = choice && keyOption is { } k && k >= 0 && k < options.Count && keySource is { } source ? new KeyLine(k, source.Name()) : null;
        return new CardLine(
            card.Id, card.ItemId, card.Type.Name(), card.GeneratorKey, payload.Prompt,
            choice ? (key is null ? null : options[key.Option].Text) : payload.Answer,
            key,
            choice ? options.Select(o => new OptionLine(o.Text, o.Share)).ToList() : [],
            (payload.Pairs ?? []).Select(p => new PairLine(p.Term, p.Definition)).ToList(),
            card.Topic.Length == 0 ? null : card.Topic,
            payload.Language,
            includeSuspended ? card.Suspended || card.SuspendedAt != null : null);
    }

    private sealed record CardLine(
        long Id, long ItemId, string Type, string GeneratorKey, string Prompt, string? Answer, KeyLine? Key,
        IReadOnlyList<OptionLine> Options, IReadOnlyList<PairLine> Pairs, string? Topic, string Language,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Suspended);

    private sealed record KeyLine(int Option, string Source);

    private sealed record OptionLine(string Text, double? Share);

    private sealed record PairLine(string Term, string Definition);
}
