using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Sobes.Core.Cards;
using Sobes.Core.Srs;
using Sobes.Data.Practice;
using Sobes.Data.Storage;
using Sobes.Web.Accounts;

namespace Sobes.Web.Study;

/// <summary>Where a learner stands in today's practice.</summary>
/// <param name="AnsweredToday">Answers given today.</param>
/// <param name="DueLeft">Due cards left in the session.</param>
/// <param name="NewLeft">New cards left for today.</param>
public sealed record StudyProgress(int AnsweredToday, int DueLeft, int NewLeft)
{
    public int Left => DueLeft + NewLeft;

    /// <summary>The position of the card on screen, counting from today's first answer.</summary>
    public int Position => AnsweredToday + 1;

    public int Total => AnsweredToday + Left;
}

/// <summary>The card to show now, with the session's progress; <see cref="Card"/> is null when the session is done.</summary>
public sealed record StudyTurn(StudyCard? Card, StudyProgress Progress);

/// <summary>What an answer did.</summary>
/// <param name="Verdict">The program's verdict on a checked answer; null when self-graded.</param>
/// <param name="Rating">The rating recorded.</param>
/// <param name="Schedule">The card's schedule after the answer.</param>
public sealed record AnswerResult(AnswerVerdict? Verdict, Rating Rating, CardSchedule Schedule);

/// <summary>
/// The practice layer as the pages and the API use it, for the request's learner: cards brought in step with the
/// library, the next card and the progress, answers (checked by <see cref="AnswerCheck"/> and rated by
/// <see cref="ObjectiveGrade"/>), undo and flags. The rules are Core's and Data's; this only composes them.
/// </summary>
public sealed class PracticeDesk(SobesDatabase database, CurrentLearner current, TimeProvider time)
{
    // One card sync at a time per learner in this process: two syncs of one learner would insert the same cards twice.
    // Learners never wait for each other.
    private static readonly ConcurrentDictionary<long, SemaphoreSlim> SyncGates = new();

    public DateTimeOffset Now => time.GetUtcNow();

    public SobesDbContext CreateContext() => database.CreateContext();

    /// <summary>The request's learner, with their cards brought in step with the library first (for showing cards).</summary>
    public async Task<LearnerRecord> LearnerAsync(SobesDbContext db, CancellationToken cancellationToken)
    {
        var learner = await current.GetAsync(db, cancellationToken);
        var gate = SyncGates.GetOrAdd(learner.Id, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            await CardSync.SyncIfChangedAsync(db, learner.Id, Now, cancellationToken);
        }
        finally
        {
            gate.Release();
        }

        return learner;
    }

    /// <summary>The request's learner without a card sync: enough to answer or undo a card they were shown.</summary>
    public Task<LearnerRecord> OwnerAsync(SobesDbContext db, CancellationToken cancellationToken) => current.GetAsync(db, cancellationToken);

    /// <summary>The session's next card (or <paramref name="first"/>, when it is one of the learner's cards in practice) and the progress.</summary>
    public async Task<StudyTurn> NextAsync(SobesDbContext db, LearnerRecord learner, SessionFilter filter, long? first, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(learner);
        var plan = await StudySessions.PlanAsync(db, learner, Now, filter, cancellationToken);
        var session = plan.Entries;
        var progress = new StudyProgress(plan.AnsweredToday, session.Count(c => !c.IsNew), session.Count(c => c.IsNew));
        var card = session.Count > 0 ? (await StudySessions.LoadAsync(db, [session[0].CardId], cancellationToken)) is [var only] ? only : null : null;
        if (first is { } id && id != card?.CardId && await OwnCardAsync(db, learner.Id, id, cancellationToken) is { } pinned)
        {
            card = pinned;
            if (session.All(c => c.CardId != id))
            {
                progress = pinned.IsNew ? progress with { NewLeft = progress.NewLeft + 1 } : progress with { DueLeft = progress.DueLeft + 1 };
            }
        }

        return new StudyTurn(card, progress);
    }

    /// <summary>The learner's card <paramref name="cardId"/>, or null when it is not theirs or is suspended.</summary>
    public static Task<StudyCard?> OwnCardAsync(SobesDbContext db, long learnerId, long cardId, CancellationToken cancellationToken) =>
        StudySessions.LoadOwnAsync(db, learnerId, cardId, cancellationToken);

    /// <summary>The verdict on <paramref name="answer"/>, or null when the card is self-graded.</summary>
    public static AnswerVerdict? Check(StudyCard card, string? answer)
    {
        ArgumentNullException.ThrowIfNull(card);
        return answer is null ? null : AnswerCheck.Check(card.CardId, card.Schedule.Reps, card.Type, card.Payload, card.Key, answer);
    }

    /// <summary>The rating a checked answer gets unless the learner overrides it.</summary>
    public static Rating? Suggested(AnswerVerdict? verdict, TimeSpan took) => verdict is null ? null : ObjectiveGrade.Rate(verdict.Correct, took);

    /// <summary>
    /// Records an answer: the learner's <paramref name="rating"/>, else the suggested one for a checked answer.
    /// Returns null when there is neither (a self-graded card answered without a rating).
    /// </summary>
    public async Task<AnswerResult?> AnswerAsync(SobesDbContext db, StudyCard card, string? answer, Rating? rating, TimeSpan took, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        var verdict = Check(card, answer);
        if ((rating ?? Suggested(verdict, took)) is not { } used)
        {
            return null;
        }

        var text = card.Type == CardType.MultipleChoice && int.TryParse(answer, out var picked) && picked >= 0 && picked < (card.Payload.Options?.Count ?? 0)
            ? card.Payload.Options![picked].Text
            : answer;
        var owner = await current.GetAsync(db, cancellationToken);
        var schedule = await Reviews.AnswerAsync(db, new ReviewAnswer(card.CardId, used, took, text, verdict?.Correct), Now, owner, cancellationToken);
        return new AnswerResult(verdict, used, schedule);
    }

    /// <summary>Undoes the learner's last answer; returns the card it was for, or null when there was none.</summary>
    public Task<long?> UndoAsync(SobesDbContext db, long learnerId, CancellationToken cancellationToken) =>
        Reviews.UndoLastAsync(db, learnerId, Now, cancellationToken);

    /// <summary>Flags the learner's card; false when it is not theirs.</summary>
    public async Task<bool> FlagAsync(SobesDbContext db, long learnerId, long cardId, CancellationToken cancellationToken)
    {
        if (!await db.Cards.AnyAsync(c => c.Id == cardId && c.LearnerId == learnerId, cancellationToken))
        {
            return false;
        }

        await CardEdits.FlagAsync(db, cardId, "flagged on the web", Now, cancellationToken);
        return true;
    }

    /// <summary>Records the learner's pick as the key of a quiz without one; false unless the card is the learner's key-less quiz.</summary>
    public async Task<bool> SetKeyAsync(SobesDbContext db, StudyCard card, int option, string editor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (card.Type != CardType.MultipleChoice || card.Key is { Trusted: true } || option < 0 || option >= (card.Payload.Options?.Count ?? 0))
        {
            return false;
        }

        await CardEdits.SetQuizKeyAsync(db, card.ItemId, option, editor, Now, cancellationToken);
        return true;
    }
}
