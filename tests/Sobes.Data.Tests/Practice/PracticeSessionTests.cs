using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Sobes.Core.Cards;
using Sobes.Core.Srs;
using Sobes.Data.Practice;
using Sobes.Data.Tests.Importing;
using Sobes.Testing;

namespace Sobes.Data.Tests.Practice;

public sealed class PracticeSessionTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "sobes-session-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<string> Providers => new() { "sqlite", "postgres" };

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Card_types_review_kinds_and_key_sources_are_stored_by_their_old_names(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage));
        await using (var db = library.Context())
        {
            db.Items.Add(PracticeFixtures.KeylessQuiz());
            await db.SaveChangesAsync();
        }

        var session = await OpenAsync(library, SessionFilter.All);
        var quiz = await FirstAsync(library, session, CardType.MultipleChoice);
        Assert.True(await session.SetKeyAsync(quiz, 1, "editor"));
        await session.AnswerAsync((await session.CardAsync(quiz.CardId))!, "1", null, TimeSpan.FromSeconds(20));
        await session.UndoAsync();

        await using var read = library.Context();
        var types = await read.Database.SqlQueryRaw<string>("SELECT \"Type\" AS \"Value\" FROM cards").ToListAsync();
        var kinds = await read.Database.SqlQueryRaw<string>("SELECT \"Kind\" AS \"Value\" FROM review_log ORDER BY \"Id\"").ToListAsync();
        var sources = await read.Database.SqlQueryRaw<string>("SELECT \"KeySource\" AS \"Value\" FROM items WHERE \"KeySource\" IS NOT NULL").ToListAsync();
        Assert.Contains("multiple-choice", types);
        Assert.Contains("flashcard", types);
        Assert.Equal(["review", "undo"], kinds);
        Assert.Equal(["user"], sources);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_quiz_answer_is_logged_as_the_options_text_with_the_verdict_and_a_suggested_rating(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await using (var db = library.Context())
        {
            var quiz = PracticeFixtures.KeylessQuiz();
            (quiz.KeyOption, quiz.KeySource) = (1, Core.Library.KeySource.Author);
            db.Items.Add(quiz);
            await db.SaveChangesAsync();
        }

        var session = await OpenAsync(library, SessionFilter.All);
        var card = await FirstAsync(library, session, CardType.MultipleChoice);

        var result = await session.AnswerAsync(card, "1", null, TimeSpan.FromSeconds(20));

        Assert.Equal((true, Rating.Good), (result!.Verdict!.Correct, result.Rating));
        await using var read = library.Context();
        var entry = await read.ReviewLog.SingleAsync();
        Assert.Equal(("ROC AUC", (bool?)true, 3), (entry.AnswerText, entry.Correct, entry.Rating));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task An_answer_that_took_hours_is_logged_and_rated_as_one_that_took_an_hour(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage));
        var session = await OpenAsync(library, new SessionFilter([], [CardType.Cloze]));
        var cloze = await FirstAsync(library, session, CardType.Cloze);

        var result = await session.AnswerAsync(cloze, cloze.Payload.Answer, null, TimeSpan.FromHours(7));

        Assert.Equal(Rating.Good, result!.Rating);
        await using var read = library.Context();
        Assert.Equal(3_600_000, (await read.ReviewLog.SingleAsync()).DurationMs);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_self_graded_card_answered_without_a_rating_records_nothing(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage));
        var session = await OpenAsync(library, new SessionFilter([], [CardType.Flashcard]));
        var card = await FirstAsync(library, session, CardType.Flashcard);

        Assert.False(card.IsChecked);
        Assert.Null(await session.AnswerAsync(card, "что-то", null, TimeSpan.FromSeconds(3)));
        await using var read = library.Context();
        Assert.False(await read.ReviewLog.AnyAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_skipped_card_is_not_offered_again_in_that_session_and_undo_pins_the_card_it_reverted(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage), (2, PracticeFixtures.CrossValidation));
        var session = await OpenAsync(library, new SessionFilter([], [CardType.Flashcard]));
        var first = (await session.NextAsync()).Card!;

        session.Skip(first.CardId);
        var second = (await session.NextAsync()).Card!;
        await session.AnswerAsync(second, null, Rating.Good, TimeSpan.FromSeconds(4));
        var undone = await session.UndoAsync();
        var again = await session.NextAsync(undone);

        Assert.NotEqual(first.CardId, second.CardId);
        Assert.Equal(second.CardId, undone);
        Assert.Equal(second.CardId, again.Card!.CardId);
        Assert.Equal((0, 1), (again.Progress.AnsweredToday, again.Progress.Left));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Studying_more_adds_new_cards_beyond_the_days_limit(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage), (2, PracticeFixtures.CrossValidation), (3, PracticeFixtures.Dropout));
        await OpenAsync(library, new SessionFilter([], [CardType.Flashcard]));
        await using (var db = library.Context())
        {
            (await db.Learners.SingleAsync()).DailyNewLimit = 1;
            await db.SaveChangesAsync();
        }

        var limited = new PracticeSession(library.Database, await ReloadAsync(library), new SessionFilter([], [CardType.Flashcard]), new FakeTimeProvider(PracticeFixtures.Now));
        var more = new PracticeSession(library.Database, await ReloadAsync(library), new SessionFilter([], [CardType.Flashcard]) { ExtraNew = 2 }, new FakeTimeProvider(PracticeFixtures.Now));

        Assert.Equal(1, (await limited.NextAsync()).Progress.NewLeft);
        Assert.Equal(3, (await more.NextAsync()).Progress.NewLeft);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task An_answer_is_one_transaction_without_a_savepoint_that_reads_twice_and_writes_once(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage));
        var session = await OpenAsync(library, new SessionFilter([], [CardType.Flashcard]));
        var card = await FirstAsync(library, session, CardType.Flashcard);

        using var traffic = DatabaseTraffic.Record(library.Database.Location.ConnectionString);
        await session.AnswerAsync(card, null, Rating.Good, TimeSpan.FromSeconds(5));

        // The card and the learner's due load, then the log entry and the schedule: in one batch on PostgreSQL, one
        // after the other in SQLite's own process.
        Assert.Equal((1, 0, 1), (traffic.Begun, traffic.Savepoints, traffic.Committed));
        Assert.Equal(provider == "postgres" ? 3 : 4, traffic.Commands.Count);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task An_answer_to_a_card_by_its_id_reads_the_card_once_in_its_transaction(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage));
        var session = await OpenAsync(library, new SessionFilter([], [CardType.Flashcard]));
        var card = await FirstAsync(library, session, CardType.Flashcard);

        using var traffic = DatabaseTraffic.Record(library.Database.Location.ConnectionString);
        var answered = await session.AnswerAsync(card.CardId, null, Rating.Good, TimeSpan.FromSeconds(5));

        Assert.Equal(card.CardId, answered?.Card.CardId);
        Assert.Equal(Rating.Good, answered?.Result?.Rating);
        // The card, the learner's due load, then the log entry and the schedule: what answering a card already read takes.
        Assert.Equal((1, 0, 1), (traffic.Begun, traffic.Savepoints, traffic.Committed));
        Assert.Equal(provider == "postgres" ? 3 : 4, traffic.Commands.Count);
        Assert.Equal(1, (await session.CardAsync(card.CardId))?.Schedule.Reps);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_card_not_in_the_learners_practice_or_without_a_rating_is_not_answered_by_its_id(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage));
        var session = await OpenAsync(library, new SessionFilter([], [CardType.Flashcard]));
        var card = await FirstAsync(library, session, CardType.Flashcard);

        var unrated = await session.AnswerAsync(card.CardId, null, null, TimeSpan.FromSeconds(5));
        await session.SuspendAsync(card.CardId, true);
        var suspended = await session.AnswerAsync(card.CardId, null, Rating.Good, TimeSpan.FromSeconds(5));
        var unknown = await session.AnswerAsync(card.CardId + 1_000_000, null, Rating.Good, TimeSpan.FromSeconds(5));

        Assert.Equal(card.CardId, unrated?.Card.CardId);
        Assert.Null(unrated?.Result);
        Assert.Null(suspended);
        Assert.Null(unknown);
        await using var db = library.Context();
        Assert.Equal(0, await db.ReviewLog.CountAsync());
    }

    private static async Task<LearnerRecord> ReloadAsync(TestLibrary library)
    {
        await using var db = library.Context();
        return await db.Learners.AsNoTracking().SingleAsync();
    }

    private static async Task<PracticeSession> OpenAsync(TestLibrary library, SessionFilter filter)
    {
        LearnerRecord learner;
        await using (var db = library.Context())
        {
            learner = await Learners.LocalAsync(db, PracticeFixtures.Now);
        }

        var session = new PracticeSession(library.Database, learner, filter, new FakeTimeProvider(PracticeFixtures.Now));
        await session.SyncAsync();
        return session;
    }

    // The first card of a type, read through a session of that type alone (as `--type` does).
    private static async Task<StudyCard> FirstAsync(TestLibrary library, PracticeSession session, CardType type)
    {
        var turn = await new PracticeSession(library.Database, session.Learner, new SessionFilter([], [type]), new FakeTimeProvider(PracticeFixtures.Now)).NextAsync();
        return Assert.IsType<StudyCard>(turn.Card);
    }
}
