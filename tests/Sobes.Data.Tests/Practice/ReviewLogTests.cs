using Microsoft.EntityFrameworkCore;
using Sobes.Core.Srs;
using Sobes.Data.Practice;
using Sobes.Data.Tests.Importing;
using Sobes.Testing;

namespace Sobes.Data.Tests.Practice;

public sealed class ReviewLogTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "sobes-practice-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<string> Providers => new() { "sqlite", "postgres" };

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Syncing_creates_new_cards_for_the_local_learner(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage), (2, PracticeFixtures.CrossValidation));
        await using var db = library.Context();

        var learner = await PracticeFixtures.SyncAsync(db);

        var cards = await db.Cards.Where(c => c.LearnerId == learner).ToListAsync();
        Assert.Equal(2, cards.Count(c => c.Type == Sobes.Core.Cards.CardType.Flashcard));
        Assert.Contains(cards, c => c.Type == Sobes.Core.Cards.CardType.Cloze && c.GeneratorKey == "cloze:утечка данных");
        Assert.All(cards, c => Assert.Equal((int)CardState.New, c.State));
        Assert.Equal(20, (await db.Learners.SingleAsync()).DailyNewLimit);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task An_answer_is_appended_to_the_log_and_reschedules_the_card(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage));
        await using var db = library.Context();
        await PracticeFixtures.SyncAsync(db);
        var card = await db.Cards.FirstAsync(c => c.Type == Sobes.Core.Cards.CardType.Flashcard);

        var next = await Reviews.AnswerAsync(db, new ReviewAnswer(card.Id, Rating.Good, TimeSpan.FromSeconds(5), "ответ"), PracticeFixtures.Now);

        await using var fresh = library.Context();
        var entry = await fresh.ReviewLog.SingleAsync();
        Assert.Equal(3, entry.Rating);
        Assert.Equal(5000, entry.DurationMs);
        Assert.Equal("ответ", entry.AnswerText);
        Assert.Equal((int)CardState.New, entry.StateBefore);
        Assert.Equal((int)next.State, entry.StateAfter);
        var stored = await fresh.Cards.SingleAsync(c => c.Id == card.Id);
        Assert.Equal(1, stored.Reps);
        Assert.Equal(next.Due, stored.Due);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Undo_restores_the_previous_schedule_and_appends_a_compensating_entry(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage));
        await using var db = library.Context();
        var learner = await PracticeFixtures.SyncAsync(db);
        var card = await db.Cards.AsNoTracking().FirstAsync(c => c.Type == Sobes.Core.Cards.CardType.Flashcard);
        await Reviews.AnswerAsync(db, new ReviewAnswer(card.Id, Rating.Good, TimeSpan.Zero), PracticeFixtures.Now);
        var afterFirst = await db.Cards.AsNoTracking().SingleAsync(c => c.Id == card.Id);
        await Reviews.AnswerAsync(db, new ReviewAnswer(card.Id, Rating.Easy, TimeSpan.Zero), PracticeFixtures.Now.AddMinutes(2));

        var undone = await Reviews.UndoLastAsync(db, learner, PracticeFixtures.Now.AddMinutes(3));

        Assert.Equal(card.Id, undone);
        await using var fresh = library.Context();
        var restored = await fresh.Cards.SingleAsync(c => c.Id == card.Id);
        Assert.Equal((afterFirst.State, afterFirst.Reps, afterFirst.Due, afterFirst.Stability), (restored.State, restored.Reps, restored.Due, restored.Stability));
        var log = await fresh.ReviewLog.OrderBy(r => r.Id).ToListAsync();
        Assert.Equal([ReviewKind.Review, ReviewKind.Review, ReviewKind.Undo], log.Select(r => r.Kind));
        Assert.Equal([false, true, false], log.Select(r => r.Undone));
        Assert.Equal(log[1].Id, log[2].UndoesId);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Undo_with_nothing_answered_does_nothing(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await using var db = library.Context();
        var learner = await PracticeFixtures.SyncAsync(db);

        Assert.Null(await Reviews.UndoLastAsync(db, learner, PracticeFixtures.Now));
        Assert.Equal(0, await db.ReviewLog.CountAsync());
    }
}
