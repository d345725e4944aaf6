using Microsoft.EntityFrameworkCore;
using Sobes.Core.Cards;
using Sobes.Core.Library;
using Sobes.Core.Srs;
using Sobes.Data.Practice;
using Sobes.Data.Tests.Importing;
using Sobes.Testing;

namespace Sobes.Data.Tests.Practice;

public sealed class CardLifecycleTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "sobes-practice-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<string> Providers => new() { "sqlite", "postgres" };

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Reimporting_content_keeps_progress_on_cards_of_unchanged_items(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage));
        await using var db = library.Context();
        await PracticeFixtures.SyncAsync(db);
        var card = await db.Cards.AsNoTracking().FirstAsync(c => c.Type == Sobes.Core.Cards.CardType.Flashcard);
        await Reviews.AnswerAsync(db, new ReviewAnswer(card.Id, Rating.Good, TimeSpan.Zero), PracticeFixtures.Now);

        await PracticeFixtures.ImportAsync(library, dir, "b.json", (7, PracticeFixtures.Leakage), (8, PracticeFixtures.Dropout));
        await using var after = library.Context();
        await PracticeFixtures.SyncAsync(after, PracticeFixtures.Now.AddHours(1));

        var same = await after.Cards.SingleAsync(c => c.Id == card.Id);
        Assert.Equal(1, same.Reps);
        Assert.NotEqual((int)CardState.New, same.State);
        Assert.Equal(2, await after.Cards.CountAsync(c => c.Type == Sobes.Core.Cards.CardType.Flashcard));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_changed_item_regenerates_its_cards_as_new(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage));
        await using var db = library.Context();
        await PracticeFixtures.SyncAsync(db);
        var card = await db.Cards.AsNoTracking().FirstAsync(c => c.Type == Sobes.Core.Cards.CardType.Flashcard);
        await Reviews.AnswerAsync(db, new ReviewAnswer(card.Id, Rating.Good, TimeSpan.Zero), PracticeFixtures.Now);
        var item = await db.Items.SingleAsync(i => i.Id == card.ItemId);
        item.Answer += " Проверяйте признаки на доступность в момент прогноза.";
        item.Revision++;
        await db.SaveChangesAsync();

        await using var after = library.Context();
        await PracticeFixtures.SyncAsync(after, PracticeFixtures.Now.AddHours(1));

        var regenerated = await after.Cards.SingleAsync(c => c.Id == card.Id);
        Assert.Equal(0, regenerated.Reps);
        Assert.Equal(2, regenerated.ItemRevision);
        Assert.Contains("Проверяйте признаки", regenerated.PayloadJson, StringComparison.Ordinal);
        Assert.Equal(1, await after.ReviewLog.CountAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_card_whose_question_is_reworded_keeps_its_schedule_because_its_fact_is_unchanged(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage));
        await using var db = library.Context();
        await PracticeFixtures.SyncAsync(db);
        var card = await db.Cards.AsNoTracking().FirstAsync(c => c.Type == Sobes.Core.Cards.CardType.Flashcard);
        await Reviews.AnswerAsync(db, new ReviewAnswer(card.Id, Rating.Good, TimeSpan.Zero), PracticeFixtures.Now);
        var item = await db.Items.SingleAsync(i => i.Id == card.ItemId);
        item.Question = "Что называют утечкой данных в машинном обучении?";
        item.Title = item.Question;
        item.Revision++;
        await db.SaveChangesAsync();

        await using var after = library.Context();
        var report = await CardSync.SyncAsync(after, card.LearnerId, PracticeFixtures.Now.AddHours(1));

        var kept = await after.Cards.SingleAsync(c => c.Id == card.Id);
        Assert.True(report.Regenerated > 0);
        Assert.Contains("называют утечкой", kept.PayloadJson, StringComparison.Ordinal);
        Assert.Equal((1, 2), (kept.Reps, kept.ItemRevision));
        Assert.NotEqual((int)CardState.New, kept.State);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_flagged_card_is_suspended_and_not_generated_again(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage));
        await using var db = library.Context();
        var learner = await PracticeFixtures.SyncAsync(db);
        var cloze = await db.Cards.AsNoTracking().FirstAsync(c => c.Type == Sobes.Core.Cards.CardType.Cloze);

        await CardEdits.FlagAsync(db, cloze.Id, "bad blank", PracticeFixtures.Now);
        await using var after = library.Context();
        var report = await CardSync.SyncAsync(after, learner, PracticeFixtures.Now);

        Assert.Equal(0, report.Created + report.Regenerated);
        var stored = await after.Cards.SingleAsync(c => c.Id == cloze.Id);
        Assert.True(stored.Suspended && stored.Flagged);
        var flag = await after.CardFlags.SingleAsync();
        Assert.Equal((cloze.GeneratorKey, cloze.ItemId), (flag.GeneratorKey, flag.ItemId));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_keyless_quiz_shows_the_crowd_pick_until_the_learner_sets_the_key(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await using var db = library.Context();
        db.Items.Add(PracticeFixtures.KeylessQuiz());
        await db.SaveChangesAsync();
        var learner = await PracticeFixtures.SyncAsync(db);
        var card = await db.Cards.AsNoTracking().SingleAsync(c => c.Type == Sobes.Core.Cards.CardType.MultipleChoice);

        var before = (await StudySessions.LoadAsync(db, [card.Id])).Single().Key!;
        await CardEdits.SetQuizKeyAsync(db, card.ItemId, 1);
        await using var after = library.Context();
        var then = (await StudySessions.LoadAsync(after, [card.Id])).Single().Key!;

        Assert.False(before.Trusted);
        Assert.Equal(1, before.CrowdPick);
        Assert.True(then.Trusted);
        Assert.Equal(1, then.Option);
        var item = await after.Items.SingleAsync(i => i.Id == card.ItemId);
        Assert.Equal(((KeySource?)KeySource.User, 1), (item.KeySource, item.Revision));
        Assert.Equal(0, (await CardSync.SyncAsync(after, learner, PracticeFixtures.Now)).Regenerated);
    }
}
