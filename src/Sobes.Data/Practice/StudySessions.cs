using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Sobes.Core.Cards;
using Sobes.Core.Library;
using Sobes.Core.Srs;
using Sobes.Data.Storage;

namespace Sobes.Data.Practice;

/// <summary>Which cards a session may draw: topics and card types (empty for all), and how many at most.</summary>
public sealed record SessionFilter(IReadOnlyList<string> Topics, IReadOnlyList<CardType> Types, int MaxCards = 200)
{
    /// <summary>The most new cards a learner may ask for beyond the day's limit at once ("study more").</summary>
    public const int MostExtraNew = 100;

    public static SessionFilter All { get; } = new([], []);

    /// <summary>New cards beyond the learner's daily limit, when they chose to study more today (0 to <see cref="MostExtraNew"/>).</summary>
    public int ExtraNew { get; init; }
}

/// <summary>A card of a session, with what the screen needs to show it.</summary>
public sealed record StudyCard(long CardId, long ItemId, CardType Type, string GeneratorKey, string Topic, CardPayload Payload, CardSchedule Schedule, QuizKeyInfo? Key, bool IsNew)
{
    /// <summary>Whether the program checks (and rates) an answer to it; otherwise the learner grades themselves.</summary>
    public bool IsChecked => AnswerCheck.IsChecked(CardId, Schedule.Reps, Type, Payload, Key);
}

/// <summary>A place in a session: which card, and whether it is new.</summary>
public sealed record SessionEntry(long CardId, bool IsNew);

/// <summary>A session's order, and how many answers the learner gave today (their day, undone ones aside).</summary>
public sealed record SessionPlan(IReadOnlyList<SessionEntry> Entries, int AnsweredToday);

/// <summary>Builds study sessions from the database (the ordering rules are <see cref="SessionBuilder"/>'s).</summary>
public static class StudySessions
{
    public static async Task<IReadOnlyList<StudyCard>> BuildAsync(SobesDbContext db, long learnerId, DateTimeOffset now, SessionFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var learner = await db.Learners.AsNoTracking().FirstAsync(l => l.Id == learnerId, cancellationToken);
        var plan = await PlanAsync(db, learner, now, filter, cancellationToken);
        return await LoadAsync(db, plan.Entries.Select(e => e.CardId).ToList(), cancellationToken);
    }

    /// <summary>
    /// The session's order and today's answer count for a learner already read: three queries (due cards, today's
    /// answers, new cards), as this runs before every card shown.
    /// </summary>
    public static async Task<SessionPlan> PlanAsync(SobesDbContext db, LearnerRecord learner, DateTimeOffset now, SessionFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(learner);
        ArgumentNullException.ThrowIfNull(filter);
        var learnerId = learner.Id;
        var settings = ScheduleMapping.Settings(learner);
        var dayStart = LearnerCalendar.StartOf(LearnerCalendar.DayOf(now, settings), settings);
        var dayEnd = LearnerCalendar.NextDayStart(now, settings);
        var unfiltered = filter.Topics.Count == 0 && filter.Types.Count == 0;
        var due = unfiltered
            ? await DueOfAll.For(db)(db, learnerId, dayEnd, now).ToListAsync(cancellationToken)
            : await DueAsync(Filtered(db, learnerId, filter), dayEnd, now, cancellationToken);
        var today = await AnsweredToday.For(db)(db, learnerId, dayStart).ToListAsync(cancellationToken);
        var startedToday = today.Count(r => r.StateBefore == (int)CardState.New);
        var reviewedToday = today.Count(r => r.StateBefore == (int)CardState.Review);
        var newLimit = Math.Max(0, learner.DailyNewLimit + Math.Clamp(filter.ExtraNew, 0, SessionFilter.MostExtraNew) - startedToday);
        var day = new SessionDay(today.Select(r => r.ItemId).ToHashSet(), today.Select(r => r.CardId).ToHashSet(), newLimit,
            Math.Max(0, learner.DailyReviewLimit - reviewedToday));
        var candidates = due.Select(c => new SessionCandidate(c.Id, c.ItemId, c.Topic, Retrievability(c.Stability, c.LastReview, now)) { InSteps = c.State != (int)CardState.Review }).ToList();

        // New cards are read a few per item the session may still start (siblings are skipped); only when that was not
        // enough to fill the day's new cards is a longer run read.
        HashSet<long> freshIds;
        IReadOnlyList<SessionCandidate> chosen;
        for (var take = (newLimit * 3) + 50; ; take *= 4)
        {
            List<SessionCandidate> fresh = newLimit == 0 ? []
                : unfiltered ? await NewOfAll.For(db)(db, learnerId, take).ToListAsync(cancellationToken)
                : await NewAsync(Filtered(db, learnerId, filter), take, cancellationToken);
            chosen = SessionBuilder.Build(candidates, fresh, day, filter.MaxCards);
            freshIds = fresh.Select(c => c.CardId).ToHashSet();
            if (fresh.Count < take || chosen.Count(c => freshIds.Contains(c.CardId)) >= newLimit || chosen.Count >= filter.MaxCards)
            {
                break;
            }
        }

        return new SessionPlan(chosen.Select(c => new SessionEntry(c.CardId, freshIds.Contains(c.CardId))).ToList(), today.Count);
    }

    /// <summary>The cards <paramref name="ids"/> in that order, ready to show.</summary>
    public static async Task<IReadOnlyList<StudyCard>> LoadAsync(SobesDbContext db, IReadOnlyList<long> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(ids);
        if (ids is [var id])
        {
            // One parameterised statement, the same text for every card, which the server can keep prepared.
            return await ShownById.For(db)(db, id).ToListAsync(cancellationToken) is [var row] ? [ToStudyCard(row)] : [];
        }

        // Inlined as IN (…): a JSON-array parameter makes SQLite scan the table instead of seeking the keys.
        var idList = ids.ToList();
        var rows = await db.Cards.AsNoTracking().Where(c => EF.Constant(idList).Contains(c.Id)).Select(AsShown).ToListAsync(cancellationToken);
        var byId = rows.ToDictionary(r => r.Card.Id);
        return ids.Where(byId.ContainsKey).Select(i => ToStudyCard(byId[i])).ToList();
    }

    /// <summary>The learner's card <paramref name="cardId"/> in practice (not suspended), or null when it is not theirs.</summary>
    public static async Task<StudyCard?> LoadOwnAsync(SobesDbContext db, long learnerId, long cardId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await OwnShown.For(db)(db, learnerId, cardId).ToListAsync(cancellationToken) is [var row] ? ToStudyCard(row) : null;
    }

    /// <summary>
    /// As <see cref="LoadOwnAsync"/>, with the card's row tracked, so an answer in the caller's transaction updates the
    /// row it read (one read of the card where showing it and then answering it took two).
    /// </summary>
    internal static async Task<(StudyCard Card, CardRecord Row)?> ReadOwnAsync(SobesDbContext db, long learnerId, long cardId, CancellationToken cancellationToken)
    {
        return await OwnShownTracked.For(db)(db, learnerId, cardId).ToListAsync(cancellationToken) is [var row] ? (ToStudyCard(row), row.Card) : null;
    }

    private sealed record ShownCard(CardRecord Card, int? KeyOption, KeySource? KeySource);

    private static readonly Expression<Func<CardRecord, ShownCard>> AsShown = c => new ShownCard(c, c.Item!.KeyOption, c.Item.KeySource);

    private static StudyCard ToStudyCard(ShownCard r)
    {
        var payload = ScheduleMapping.Payload(r.Card.PayloadJson);
        var type = r.Card.Type;
        var key = type == CardType.MultipleChoice ? QuizKeyInfo.Of(payload.Options ?? [], r.KeyOption, r.KeySource) : null;
        var schedule = ScheduleMapping.ToSchedule(r.Card);
        return new StudyCard(r.Card.Id, r.Card.ItemId, type, r.Card.GeneratorKey, r.Card.Topic, payload, schedule, key, schedule.State == CardState.New);
    }

    internal static double? Retrievability(double? stability, DateTimeOffset? lastReview, DateTimeOffset now) =>
        stability is { } s && lastReview is { } last ? Fsrs.Retrievability(FsrsParameters.Default, new Stability(s), Math.Max(0, (now - last).TotalDays)) : null;

    // Initialised by members, not a constructor: EF translates a set operation (the UNION ALL) only over such a projection.
    private sealed class DueRow
    {
        public long Id { get; init; }

        public long ItemId { get; init; }

        public string Topic { get; init; } = "";

        public double? Stability { get; init; }

        public DateTimeOffset? LastReview { get; init; }

        public int State { get; init; }
    }

    private static readonly Expression<Func<CardRecord, DueRow>> AsDueRow = c => new DueRow
    {
        Id = c.Id, ItemId = c.ItemId, Topic = c.Topic, Stability = c.Stability, LastReview = c.LastReview, State = c.State,
    };

    private sealed record AnsweredRow(long CardId, int StateBefore, long ItemId);

    private static readonly Expression<Func<CardRecord, bool>> InPractice = c => !c.Suspended && c.SuspendedAt == null;

    private static readonly Expression<Func<CardRecord, bool>> NotReading = c => c.Type != CardType.Reading;

    // The plan runs before every card shown: its queries for a session over all cards (the usual one) are compiled.
    private static readonly CompiledPerModel<Func<SobesDbContext, long, DateTimeOffset, DateTimeOffset, IAsyncEnumerable<DueRow>>> DueOfAll = new(() => EF.CompileAsyncQuery(
        (SobesDbContext db, long learnerId, DateTimeOffset dayEnd, DateTimeOffset now) =>
            db.Cards.AsNoTracking().Where(c => c.LearnerId == learnerId).Where(InPractice).Where(NotReading)
                .Where(c => c.State == (int)CardState.Review && c.Due < dayEnd)
                .Select(AsDueRow)
                .Concat(db.Cards.AsNoTracking().Where(c => c.LearnerId == learnerId).Where(InPractice).Where(NotReading)
                    .Where(c => (c.State == (int)CardState.Learning || c.State == (int)CardState.Relearning) && c.Due <= now)
                    .Select(AsDueRow))));

    private static readonly CompiledPerModel<Func<SobesDbContext, long, int, IAsyncEnumerable<SessionCandidate>>> NewOfAll = new(() => EF.CompileAsyncQuery(
        (SobesDbContext db, long learnerId, int take) =>
            db.Cards.AsNoTracking().Where(c => c.LearnerId == learnerId).Where(InPractice).Where(NotReading)
                .Where(c => c.State == (int)CardState.New).OrderBy(c => c.Due).ThenBy(c => c.Id)
                .Take(take).Select(c => new SessionCandidate(c.Id, c.ItemId, c.Topic, null))));

    private static readonly CompiledPerModel<Func<SobesDbContext, long, DateTimeOffset, IAsyncEnumerable<AnsweredRow>>> AnsweredToday = new(() => EF.CompileAsyncQuery(
        (SobesDbContext db, long learnerId, DateTimeOffset dayStart) =>
            db.ReviewLog.Where(r => r.LearnerId == learnerId && r.Kind == ReviewKind.Review && !r.Undone && r.ReviewedAt >= dayStart)
                .Join(db.Cards, r => r.CardId, c => c.Id, (r, c) => new AnsweredRow(r.CardId, r.StateBefore, c.ItemId))));

    private static readonly CompiledPerModel<Func<SobesDbContext, long, IAsyncEnumerable<ShownCard>>> ShownById = new(() => EF.CompileAsyncQuery(
        (SobesDbContext db, long id) => db.Cards.AsNoTracking().Where(c => c.Id == id).Select(AsShown)));

    private static readonly CompiledPerModel<Func<SobesDbContext, long, long, IAsyncEnumerable<ShownCard>>> OwnShown = new(() => EF.CompileAsyncQuery(
        (SobesDbContext db, long learnerId, long cardId) => db.Cards.AsNoTracking().Where(c => c.Id == cardId && c.LearnerId == learnerId).Where(InPractice)
            .Select(AsShown)));

    // Tracked: the answer updates the row it read.
    private static readonly CompiledPerModel<Func<SobesDbContext, long, long, IAsyncEnumerable<ShownCard>>> OwnShownTracked = new(() => EF.CompileAsyncQuery(
        (SobesDbContext db, long learnerId, long cardId) => db.Cards.Where(c => c.Id == cardId && c.LearnerId == learnerId).Where(InPractice)
            .Select(AsShown)));

    // Two range scans of the (learner, suspended, state, due) index, joined by UNION ALL, rather than one OR the planner
    // cannot split.
    private static Task<List<DueRow>> DueAsync(IQueryable<CardRecord> cards, DateTimeOffset dayEnd, DateTimeOffset now, CancellationToken cancellationToken) =>
        cards.Where(c => c.State == (int)CardState.Review && c.Due < dayEnd)
            .Select(AsDueRow)
            .Concat(cards.Where(c => (c.State == (int)CardState.Learning || c.State == (int)CardState.Relearning) && c.Due <= now)
                .Select(AsDueRow))
            .ToListAsync(cancellationToken);

    private static Task<List<SessionCandidate>> NewAsync(IQueryable<CardRecord> cards, int take, CancellationToken cancellationToken) =>
        cards.Where(c => c.State == (int)CardState.New).OrderBy(c => c.Due).ThenBy(c => c.Id)
            .Take(take).Select(c => new SessionCandidate(c.Id, c.ItemId, c.Topic, null)).ToListAsync(cancellationToken);

    private static IQueryable<CardRecord> Filtered(SobesDbContext db, long learnerId, SessionFilter filter)
    {
        var q = db.Cards.AsNoTracking().Where(c => c.LearnerId == learnerId).Where(InPractice);
        if (filter.Topics.Count > 0)
        {
            var topics = filter.Topics.ToList();
            q = q.Where(c => topics.Contains(c.Topic));
        }

        var types = filter.Types.ToList();
        return types.Count > 0 ? q.Where(c => types.Contains(c.Type)) : q.Where(NotReading);
    }
}
