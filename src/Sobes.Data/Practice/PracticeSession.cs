using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Sobes.Core.Cards;
using Sobes.Core.Srs;
using Sobes.Data.Storage;

namespace Sobes.Data.Practice;

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
/// One learner's practice, as the study page, the practice API and the terminal all run it: cards brought in step
/// with the library, the next card and the progress (planned afresh before every card), answers checked by
/// <see cref="AnswerCheck"/>, rated by <see cref="ObjectiveGrade"/> unless the learner rates them, their duration
/// kept within <see cref="AnswerDuration"/>, undo, flags and quiz keys. Each call opens its own context, so a
/// session can live as long as a terminal session or as short as a web request.
/// </summary>
public sealed class PracticeSession
{
    // The database serialises a learner's card syncs across processes (CardSync's LearnerTurn); this gate keeps one
    // process's requests for one learner from each holding a connection while they wait. Learners never wait for each other.
    private static readonly ConcurrentDictionary<long, SemaphoreSlim> SyncGates = new();

    private readonly SobesDatabase database;
    private readonly TimeProvider time;
    private readonly HashSet<long> skipped = [];

    /// <summary>A session of <paramref name="learner"/> over the cards <paramref name="filter"/> lets through.</summary>
    public PracticeSession(SobesDatabase database, LearnerRecord learner, SessionFilter filter, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(learner);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(time);
        (this.database, Learner, Filter, this.time) = (database, learner, filter, time);
    }

    public LearnerRecord Learner { get; }

    public SessionFilter Filter { get; }

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Brings the learner's cards in step with the library, when it or the flags changed since the last sync.</summary>
    public async Task SyncAsync(CancellationToken cancellationToken = default)
    {
        var gate = SyncGates.GetOrAdd(Learner.Id, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var db = database.CreateContext();
            await CardSync.SyncIfChangedAsync(db, Learner.Id, Now, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// The session's next card (or <paramref name="first"/>, when it is one of the learner's cards in practice) and the
    /// progress; cards skipped in this session are passed over.
    /// </summary>
    public async Task<StudyTurn> NextAsync(long? first = null, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var plan = await StudySessions.PlanAsync(db, Learner, Now, Filter, cancellationToken);
        var session = plan.Entries.Where(e => !skipped.Contains(e.CardId)).ToList();
        var progress = new StudyProgress(plan.AnsweredToday, session.Count(c => !c.IsNew), session.Count(c => c.IsNew));
        var card = session.Count > 0 && await StudySessions.LoadAsync(db, [session[0].CardId], cancellationToken) is [var only] ? only : null;
        if (first is { } id && id != card?.CardId && await StudySessions.LoadOwnAsync(db, Learner.Id, id, cancellationToken) is { } pinned)
        {
            card = pinned;
            if (session.All(c => c.CardId != id))
            {
                progress = pinned.IsNew ? progress with { NewLeft = progress.NewLeft + 1 } : progress with { DueLeft = progress.DueLeft + 1 };
            }
        }

        return new StudyTurn(card, progress);
    }

    /// <summary>The learner's card <paramref name="cardId"/> as it is now, or null when it is not theirs or is suspended.</summary>
    public async Task<StudyCard?> CardAsync(long cardId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await StudySessions.LoadOwnAsync(db, Learner.Id, cardId, cancellationToken);
    }

    /// <summary>The verdict on <paramref name="answer"/>, or null when the card is self-graded or there is no answer.</summary>
    public static AnswerVerdict? Check(StudyCard card, string? answer)
    {
        ArgumentNullException.ThrowIfNull(card);
        return answer is null ? null : AnswerCheck.Check(card.CardId, card.Schedule.Reps, card.Type, card.Payload, card.Key, answer);
    }

    /// <summary>The rating a checked answer gets unless the learner overrides it.</summary>
    public static Rating? Suggested(AnswerVerdict? verdict, TimeSpan took) =>
        verdict is null ? null : ObjectiveGrade.Rate(verdict.Correct, AnswerDuration.Clamp(took));

    /// <summary>
    /// The rating to suggest for <paramref name="answer"/> to <paramref name="card"/>: a checked answer's (see
    /// <see cref="Suggested(AnswerVerdict?, TimeSpan)"/>), else — a quiz where only the crowd's pick is known — the
    /// crowd's suggestion for the option picked (<see cref="QuizKeyInfo.SuggestedGrade"/>); null when there is none.
    /// </summary>
    public static Rating? Suggested(StudyCard card, string? answer, AnswerVerdict? verdict, TimeSpan took)
    {
        ArgumentNullException.ThrowIfNull(card);
        return Suggested(verdict, took) ?? (verdict is null && CrowdPick(card, answer) is { } picked ? card.Key!.SuggestedGrade(picked) : null);
    }

    /// <summary>The option picked in <paramref name="answer"/> to a quiz where only the crowd's pick is known; null otherwise.</summary>
    public static int? CrowdPick(StudyCard card, string? answer)
    {
        ArgumentNullException.ThrowIfNull(card);
        return card.Type == CardType.MultipleChoice && card.Key is { CrowdOnly: true }
            && int.TryParse(answer, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var picked)
            && picked < (card.Payload.Options?.Count ?? 0) ? picked : null;
    }

    /// <summary>
    /// How long each rating would put <paramref name="card"/> away for if it were answered now (Again first): by
    /// <see cref="PreviewAsync"/>, the path the answer takes (the learner's parameters, load balancing, easy days).
    /// </summary>
    public async Task<IReadOnlyList<TimeSpan>> NextIntervalsAsync(StudyCard card, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(card);
        var now = Now;
        await using var db = database.CreateContext();
        var outcomes = await Reviews.PreviewAsync(db, card.CardId, now, Learner, cancellationToken);
        return Rating.All.Select(r => outcomes[r].Next.Due - now).ToList();
    }

    /// <summary>
    /// Records an answer in the card's answer shape (see <see cref="AnswerCheck"/>; a quiz answer is the stored index
    /// of the option picked, logged as its text): the learner's <paramref name="rating"/>, else the suggested one (a
    /// checked answer's, or the crowd's for a quiz where only the crowd's pick is known). Returns null when there is
    /// neither (a self-graded card answered without a rating).
    /// </summary>
    public async Task<AnswerResult?> AnswerAsync(StudyCard card, string? answer, Rating? rating, TimeSpan took, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(card);
        var verdict = Check(card, answer);
        if ((rating ?? Suggested(card, answer, verdict, took)) is not { } used)
        {
            return null;
        }

        var options = card.Payload.Options ?? [];
        var text = card.Type == CardType.MultipleChoice && int.TryParse(answer, out var picked) && picked >= 0 && picked < options.Count
            ? options[picked].Text
            : answer;
        await using var db = database.CreateContext();
        var schedule = await Reviews.AnswerAsync(db, new ReviewAnswer(card.CardId, used, took, text, verdict?.Correct), Now, Learner, cancellationToken);
        return new AnswerResult(verdict, used, schedule);
    }

    /// <summary>What each grade would do to <paramref name="card"/> now: the same schedule <see cref="AnswerAsync"/> gives.</summary>
    public async Task<ScheduleOutcomes> PreviewAsync(StudyCard card, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(card);
        await using var db = database.CreateContext();
        return await Reviews.PreviewAsync(db, card.CardId, Now, Learner, cancellationToken);
    }

    /// <summary>Undoes the learner's last answer; returns the card it was for, or null when there was none.</summary>
    public async Task<long?> UndoAsync(CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await Reviews.UndoLastAsync(db, Learner.Id, Now, cancellationToken);
    }

    /// <summary>Flags the learner's card as badly generated (it is suspended and not generated again); false when it is not theirs.</summary>
    public async Task<bool> FlagAsync(long cardId, string reason, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        if (!await db.Cards.AnyAsync(c => c.Id == cardId && c.LearnerId == Learner.Id, cancellationToken))
        {
            return false;
        }

        await CardEdits.FlagAsync(db, cardId, reason, Now, cancellationToken);
        return true;
    }

    /// <summary>
    /// Records the learner's pick as the key of a quiz without a trusted one, for every learner, logged under
    /// <paramref name="editor"/> (the caller checks the edit policy); false unless the card is such a quiz.
    /// </summary>
    public async Task<bool> SetKeyAsync(StudyCard card, int option, string editor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (card.Type != CardType.MultipleChoice || card.Key is { Trusted: true } || option < 0 || option >= (card.Payload.Options?.Count ?? 0))
        {
            return false;
        }

        await using var db = database.CreateContext();
        await CardEdits.SetQuizKeyAsync(db, card.ItemId, option, editor, Now, cancellationToken);
        return true;
    }

    /// <summary>The learner's cards of <paramref name="itemId"/> that generation makes, suspended ones included.</summary>
    public async Task<IReadOnlyList<LearnerCard>> ItemCardsAsync(long itemId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await LearnerCards.OfItemAsync(db, Learner.Id, itemId, cancellationToken);
    }

    /// <summary>Suspends the learner's card (or, with <paramref name="suspend"/> false, brings it back); null when they have no such card.</summary>
    public async Task<LearnerCard?> SuspendAsync(long cardId, bool suspend, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await LearnerCards.SuspendAsync(db, Learner.Id, cardId, suspend, Now, cancellationToken);
    }

    /// <summary>The problems the learner solved (of <paramref name="itemId"/> only, when given), latest first.</summary>
    public async Task<IReadOnlyList<SolvedProblem>> SolvedAsync(long? itemId = null, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await SolvedProblems.ForAsync(db, Learner.Id, itemId, cancellationToken);
    }

    /// <summary>Records a checked answer to a generated problem practised freely (kind and seed, outside any card).</summary>
    public async Task RecordProblemAsync(string kind, int seed, bool solved, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        await ProblemPractice.RecordAsync(db, Learner.Id, kind, seed, solved, Now, cancellationToken);
    }

    /// <summary>The generated problems the learner solved in free practice, latest first.</summary>
    public async Task<IReadOnlyList<PractisedProblem>> PractisedAsync(CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await ProblemPractice.SolvedAsync(db, Learner.Id, cancellationToken);
    }

    /// <summary>Moves on without answering (a reading card): the card is not offered again in this session.</summary>
    public void Skip(long cardId) => skipped.Add(cardId);
}
