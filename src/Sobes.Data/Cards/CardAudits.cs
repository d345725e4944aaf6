using Microsoft.EntityFrameworkCore;
using Sobes.Core.Cards;
using Sobes.Data.Practice;
using Sobes.Data.Storage;

namespace Sobes.Data.Cards;

/// <summary>What card generation makes of the whole library: cards per type and refusals per linter rule.</summary>
/// <param name="Items">The practised items (questions, notes, quizzes, problems, cases).</param>
/// <param name="AnsweredItems">Items that hold an answer a card can ask: a question or problem with its answer, a note, a quiz with options.</param>
/// <param name="Cards">Cards generated, by stored type name.</param>
/// <param name="Refusals">Cards refused, by rule name.</param>
/// <param name="ItemsWithoutCards">Answered items no card was made from.</param>
public sealed record CardAuditReport(
    int Items, int AnsweredItems, IReadOnlyDictionary<string, int> Cards, IReadOnlyDictionary<string, int> Refusals, int ItemsWithoutCards)
{
    /// <summary>Cards made from answered items, per answered item.</summary>
    public double CardsPerAnsweredItem { get; init; }
}

/// <summary>Runs generation over the library without touching any learner's cards.</summary>
public static class CardAudits
{
    public static async Task<CardAuditReport> RunAsync(SobesDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var items = (await db.Items.AsNoTracking().Where(i => CardSync.PracticedKinds.Contains(i.Kind) && i.DeletedAt == null).ToListAsync(cancellationToken)).Select(CardSync.ToSource).ToList();
        var audit = CardGenerator.Audit(items, CardGenerator.TopicGlossary);
        var answered = items.Where(i => i.IsAnswered).Select(i => i.Id).ToHashSet();
        var withCards = audit.Cards.Select(c => c.ItemId).ToHashSet();
        return new CardAuditReport(
            items.Count, answered.Count,
            audit.Cards.GroupBy(c => c.Type.Name()).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            audit.Refusals.GroupBy(r => r.Rule.Name).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            answered.Count(id => !withCards.Contains(id)))
        {
            CardsPerAnsweredItem = answered.Count == 0 ? 0 : (double)audit.Cards.Count(c => answered.Contains(c.ItemId)) / answered.Count,
        };
    }
}
