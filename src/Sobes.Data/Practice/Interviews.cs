using Microsoft.EntityFrameworkCore;
using Sobes.Core.Cards;
using Sobes.Core.Srs;
using Sobes.Data.Storage;

namespace Sobes.Data.Practice;

/// <summary>Mock interviews: which questions to ask.</summary>
public static class Interviews
{
    /// <summary>
    /// Up to <paramref name="count"/> flashcards of the topics (all when empty): the session's due and new ones first,
    /// then the soonest due of the rest, so an interview has questions even when nothing is due.
    /// </summary>
    public static async Task<IReadOnlyList<StudyCard>> QuestionsAsync(
        SobesDbContext db, long learnerId, DateTimeOffset now, IReadOnlyList<string> topics, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(topics);
        var wanted = Math.Max(1, count);
        var filter = new SessionFilter(topics, [CardType.Flashcard], wanted);
        var questions = (await StudySessions.BuildAsync(db, learnerId, now, filter, cancellationToken)).ToList();
        if (questions.Count < wanted)
        {
            var have = questions.Select(q => q.CardId).ToList();
            var topicList = topics.ToList();
            var more = await db.Cards.AsNoTracking()
                .Where(c => c.LearnerId == learnerId && !c.Suspended && c.SuspendedAt == null && c.Type == CardType.Flashcard && !have.Contains(c.Id) && (topicList.Count == 0 || topicList.Contains(c.Topic)))
                .OrderBy(c => c.Due).ThenBy(c => c.Id).Select(c => c.Id).Take(wanted - questions.Count).ToListAsync(cancellationToken);
            questions.AddRange(await StudySessions.LoadAsync(db, more, cancellationToken));
        }

        return questions;
    }

    /// <summary>The answers recorded for <paramref name="cardIds"/> since <paramref name="since"/> (undone ones aside), in order, for the report.</summary>
    public static async Task<IReadOnlyList<InterviewAnswer>> AnswersSinceAsync(
        SobesDbContext db, long learnerId, IReadOnlyList<long> cardIds, DateTimeOffset since, TimeSpan limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(cardIds);
        var ids = cardIds.ToList();
        var rows = await db.ReviewLog.AsNoTracking()
            .Where(r => r.LearnerId == learnerId && r.Kind == ReviewKind.Review && !r.Undone && r.ReviewedAt >= since && ids.Contains(r.CardId))
            .Join(db.Cards, r => r.CardId, c => c.Id, (r, c) => new { r.Id, c.Topic, r.Rating, r.DurationMs })
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Id).Select(r => new InterviewAnswer(r.Topic, new Core.Srs.Rating(r.Rating), TimeSpan.FromMilliseconds(r.DurationMs), limit)).ToList();
    }
}
