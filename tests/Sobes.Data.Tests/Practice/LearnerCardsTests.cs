using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Sobes.Core.Cards;
using Sobes.Core.Srs;
using Sobes.Data.Cards;
using Sobes.Data.Practice;
using Sobes.Data.Storage;
using Sobes.Data.Tests.Importing;
using Sobes.Testing;

namespace Sobes.Data.Tests.Practice;

public sealed class LearnerCardsTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "sobes-learner-cards-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<string> Providers => new() { "sqlite", "postgres" };

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_learners_suspension_survives_sync_and_regeneration_and_keeps_the_card_out_of_practice(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage));
        var session = await OpenAsync(library);
        var item = await ItemIdAsync(library);
        var card = (await session.ItemCardsAsync(item)).First(c => c.Type == CardType.Flashcard);

        var suspended = await session.SuspendAsync(card.CardId, true);

        Assert.True(suspended!.IsSuspended);
        await using (var db = library.Context())
        {
            var record = await db.Items.SingleAsync(i => i.Id == item);
            record.Answer += " Проверяйте, что каждый признак известен в момент прогноза.";
            record.Revision++;
            await db.SaveChangesAsync();
            await CardSync.SyncAsync(db, session.Learner.Id, PracticeFixtures.Now.AddHours(1));
            await CardSync.SyncAsync(db, session.Learner.Id, PracticeFixtures.Now.AddHours(2));
        }

        var after = (await session.ItemCardsAsync(item)).Single(c => c.CardId == card.CardId);
        Assert.True(after.IsSuspended);
        Assert.Null(await session.CardAsync(card.CardId));
        var turn = await new PracticeSession(library.Database, session.Learner, new SessionFilter([], [CardType.Flashcard]), new FakeTimeProvider(PracticeFixtures.Now)).NextAsync();
        Assert.Null(turn.Card);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_card_brought_back_returns_to_practice_with_its_schedule(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage));
        var session = await OpenAsync(library);
        var card = (await session.ItemCardsAsync(await ItemIdAsync(library))).First(c => c.Type == CardType.Flashcard);
        await session.AnswerAsync((await session.CardAsync(card.CardId))!, null, Rating.Good, TimeSpan.FromSeconds(10));
        await session.SuspendAsync(card.CardId, true);

        var back = await session.SuspendAsync(card.CardId, false);

        Assert.False(back!.IsSuspended);
        var shown = await session.CardAsync(card.CardId);
        Assert.Equal(1, shown!.Schedule.Reps);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_card_generation_no_longer_makes_is_not_listed_and_cannot_be_brought_back_by_the_learner(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage));
        var session = await OpenAsync(library);
        var item = await ItemIdAsync(library);
        var card = (await session.ItemCardsAsync(item)).First(c => c.Type == CardType.Flashcard);
        await session.FlagAsync(card.CardId, "test");

        Assert.DoesNotContain(await session.ItemCardsAsync(item), c => c.CardId == card.CardId);
        Assert.Null(await session.SuspendAsync(card.CardId, false));
        Assert.Null(await session.CardAsync(card.CardId));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Another_learners_card_cannot_be_suspended(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage));
        var session = await OpenAsync(library);
        var card = (await session.ItemCardsAsync(await ItemIdAsync(library)))[0];
        LearnerRecord other;
        await using (var db = library.Context())
        {
            other = new LearnerRecord { Name = "other", CreatedAt = PracticeFixtures.Now };
            db.Learners.Add(other);
            await db.SaveChangesAsync();
        }

        var stranger = new PracticeSession(library.Database, other, SessionFilter.All, new FakeTimeProvider(PracticeFixtures.Now));

        Assert.Null(await stranger.SuspendAsync(card.CardId, true));
        Assert.False((await session.ItemCardsAsync(await ItemIdAsync(library))).Single(c => c.CardId == card.CardId).IsSuspended);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Export_with_all_writes_a_card_the_learner_suspended_as_suspended_and_leaves_it_out_otherwise(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage));
        var session = await OpenAsync(library);
        var card = (await session.ItemCardsAsync(await ItemIdAsync(library)))[0];
        await session.SuspendAsync(card.CardId, true);

        await using var db = library.Context();
        var inPractice = new StringWriter();
        await CardExporter.ExportAsync(db, session.Learner.Id, false, inPractice, PracticeFixtures.Now);
        var all = new StringWriter();
        await CardExporter.ExportAsync(db, session.Learner.Id, true, all, PracticeFixtures.Now);

        Assert.DoesNotContain(Lines(inPractice), l => l.GetProperty("id").GetInt64() == card.CardId);
        var line = Assert.Single(Lines(all), l => l.GetProperty("id").GetInt64() == card.CardId);
        Assert.True(line.GetProperty("suspended").GetBoolean());
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_problem_post_answered_above_again_is_solved_and_counted_in_progress_while_again_and_undone_answers_are_not(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        long itemId;
        await using (var db = library.Context())
        {
            var item = ProblemPost();
            db.Items.Add(item);
            await db.SaveChangesAsync();
            itemId = item.Id;
        }

        var session = await OpenAsync(library);
        var post = (await session.ItemCardsAsync(itemId)).Single(c => c.GeneratorKey == GeneratorKeys.Post);
        await session.AnswerAsync((await session.CardAsync(post.CardId))!, null, Rating.Again, TimeSpan.FromSeconds(30));
        Assert.Empty(await session.SolvedAsync(itemId));

        await session.AnswerAsync((await session.CardAsync(post.CardId))!, null, Rating.Good, TimeSpan.FromSeconds(30));
        await session.AnswerAsync((await session.CardAsync(post.CardId))!, null, Rating.Hard, TimeSpan.FromSeconds(30));
        await session.UndoAsync();

        var solved = Assert.Single(await session.SolvedAsync(itemId));
        Assert.Equal((post.CardId, GeneratorKeys.Post, 1), (solved.CardId, solved.GeneratorKey, solved.Times));
        Assert.Equal(PracticeFixtures.Now, solved.Last);
        await using var read = library.Context();
        Assert.Equal(1, (await PracticeStats.ForAsync(read, session.Learner.Id, PracticeFixtures.Now)).SolvedProblems);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_quiz_where_only_the_crowds_pick_is_known_is_rated_by_the_crowds_suggestion_unless_the_learner_grades_it(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await using (var db = library.Context())
        {
            db.Items.Add(PracticeFixtures.KeylessQuiz());
            await db.SaveChangesAsync();
        }

        var session = await OpenAsync(library);
        var turn = await new PracticeSession(library.Database, session.Learner, new SessionFilter([], [CardType.MultipleChoice]), new FakeTimeProvider(PracticeFixtures.Now)).NextAsync();
        var quiz = turn.Card!;

        Assert.True(quiz.Key!.CrowdOnly);
        Assert.Null(PracticeSession.Check(quiz, "1"));
        Assert.Equal(Rating.Good, PracticeSession.Suggested(quiz, "1", null, TimeSpan.FromSeconds(20)));
        Assert.Equal(Rating.Again, PracticeSession.Suggested(quiz, "0", null, TimeSpan.FromSeconds(20)));
        var result = await session.AnswerAsync(quiz, "0", null, TimeSpan.FromSeconds(20));
        Assert.Equal(Rating.Again, result!.Rating);
        Assert.Null(result.Verdict);
    }

    private static ItemRecord ProblemPost() => new()
    {
        Kind = "problem", KindRule = "test", Title = "Задача про дубликаты строк",
        Question = "В таблице 1 000 строк, из них 3 % — точные дубликаты других строк. Сколько строк останется после удаления дубликатов?",
        Answer = "Дубликатов 1 000 · 0,03 = 30, их удаляем: остаётся 970 строк.",
        Body = "В таблице 1 000 строк, из них 3 % — точные дубликаты других строк. Сколько строк останется после удаления дубликатов?",
        Language = "ru", Topics = "|statistics|", CreatedAt = PracticeFixtures.Now, UpdatedAt = PracticeFixtures.Now,
    };

    private static List<JsonElement> Lines(StringWriter writer) =>
        writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

    private static async Task<long> ItemIdAsync(TestLibrary library)
    {
        await using var db = library.Context();
        return await db.Items.Select(i => i.Id).SingleAsync();
    }

    private static async Task<PracticeSession> OpenAsync(TestLibrary library)
    {
        LearnerRecord learner;
        await using (var db = library.Context())
        {
            learner = await Learners.LocalAsync(db, PracticeFixtures.Now);
        }

        var session = new PracticeSession(library.Database, learner, SessionFilter.All, new FakeTimeProvider(PracticeFixtures.Now));
        await session.SyncAsync();
        return session;
    }
}
