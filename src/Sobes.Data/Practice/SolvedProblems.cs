using Microsoft.EntityFrameworkCore;
using Sobes.Core.Cards;
using Sobes.Core.Srs;
using Sobes.Data.Storage;

namespace Sobes.Data.Practice;

/// <summary>A problem a learner solved: one problem card (a post practised as itself, or a generated problem).</summary>
/// <param name="CardId">The problem card.</param>
/// <param name="ItemId">The post it was made from.</param>
/// <param name="GeneratorKey">"post" for the post itself, "problem:" + the generator's kind for a generated problem.</param>
/// <param name="Times">How many times it was answered right.</param>
/// <param name="First">The first right answer.</param>
/// <param name="Last">The latest right answer.</param>
public sealed record SolvedProblem(long CardId, long ItemId, string GeneratorKey, int Times, DateTimeOffset First, DateTimeOffset Last)
{
    /// <summary>The generator's kind of a generated problem; null for a post practised as itself.</summary>
    public string? GeneratorKind => GeneratorKey.StartsWith(GeneratorKeys.Problem, StringComparison.Ordinal) ? GeneratorKey[GeneratorKeys.Problem.Length..] : null;
}

/// <summary>
/// Which problems a learner solved, derived from the review log (nothing is stored twice): an answer to a problem card
/// that the program checked and found right, or — a post whose worked solution the learner compared themselves with —
/// one they graded above Again. Undone answers do not count.
/// </summary>
public static class SolvedProblems
{
    /// <summary>The learner's solved problems (of <paramref name="itemId"/> only, when given), latest first.</summary>
    public static async Task<IReadOnlyList<SolvedProblem>> ForAsync(SobesDbContext db, long learnerId, long? itemId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var cards = db.Cards.Where(c => c.LearnerId == learnerId && c.Type == CardType.Problem);
        if (itemId is { } id)
        {
            cards = cards.Where(c => c.ItemId == id);
        }

        var rows = await db.ReviewLog.AsNoTracking()
            .Where(r => r.LearnerId == learnerId && r.Kind == ReviewKind.Review && !r.Undone && (r.Correct == true || (r.Correct == null && r.Rating > 1)))
            .Join(cards, r => r.CardId, c => c.Id, (r, c) => new { c.Id, c.ItemId, c.GeneratorKey, r.ReviewedAt })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Id)
            .Select(g => new SolvedProblem(g.Key, g.First().ItemId, g.First().GeneratorKey, g.Count(), g.Min(r => r.ReviewedAt), g.Max(r => r.ReviewedAt)))
            .OrderByDescending(s => s.Last).ThenBy(s => s.CardId).ToList();
    }
}

/// <summary>A generated problem a learner solved in free practice: one instance (kind and seed).</summary>
/// <param name="Kind">The generator's kind.</param>
/// <param name="Seed">The instance's seed.</param>
/// <param name="Times">How many times every part was answered right.</param>
/// <param name="First">The first time.</param>
/// <param name="Last">The latest time.</param>
public sealed record PractisedProblem(string Kind, int Seed, int Times, DateTimeOffset First, DateTimeOffset Last);

/// <summary>
/// Free practice of generated problems, outside any card: each checked answer is recorded
/// (<see cref="ProblemAttemptRecord"/>); an instance is solved once every part was right.
/// </summary>
public static class ProblemPractice
{
    /// <summary>Records a checked answer to the instance <paramref name="kind"/>/<paramref name="seed"/>.</summary>
    public static async Task RecordAsync(SobesDbContext db, long learnerId, string kind, int seed, bool solved, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrEmpty(kind);
        db.ProblemAttempts.Add(new ProblemAttemptRecord { LearnerId = learnerId, Kind = kind, Seed = seed, Solved = solved, AnsweredAt = at });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The instances the learner solved in free practice, latest first.</summary>
    public static async Task<IReadOnlyList<PractisedProblem>> SolvedAsync(SobesDbContext db, long learnerId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.ProblemAttempts.AsNoTracking().Where(a => a.LearnerId == learnerId && a.Solved)
            .Select(a => new { a.Kind, a.Seed, a.AnsweredAt }).ToListAsync(cancellationToken);
        return rows.GroupBy(a => (a.Kind, a.Seed))
            .Select(g => new PractisedProblem(g.Key.Kind, g.Key.Seed, g.Count(), g.Min(a => a.AnsweredAt), g.Max(a => a.AnsweredAt)))
            .OrderByDescending(p => p.Last).ThenBy(p => p.Kind, StringComparer.Ordinal).ThenBy(p => p.Seed).ToList();
    }
}
