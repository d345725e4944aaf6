using Microsoft.EntityFrameworkCore;
using Sobes.Core.Srs;
using Sobes.Data.Library.Editing;
using Sobes.Data.Practice;
using Sobes.Data.Tests.Importing;
using Sobes.Testing;

namespace Sobes.Data.Tests.Practice;

public sealed class PracticeSettingsTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "sobes-practice-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<string> Providers => new() { "sqlite", "postgres" };

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Cards_are_synced_again_only_after_the_library_changed(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage));
        await using var db = library.Context();
        var learner = await Learners.LocalAsync(db, PracticeFixtures.Now);

        Assert.NotNull(await CardSync.SyncIfChangedAsync(db, learner.Id, PracticeFixtures.Now));
        Assert.Null(await CardSync.SyncIfChangedAsync(db, learner.Id, PracticeFixtures.Now));

        await PracticeFixtures.ImportAsync(library, dir, "b.json", (8, PracticeFixtures.Dropout));
        await using var after = library.Context();
        var report = await CardSync.SyncIfChangedAsync(after, learner.Id, PracticeFixtures.Now);
        Assert.NotNull(report);
        Assert.True(report.Created > 0);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task An_editors_change_and_a_flag_each_bring_a_card_sync_and_a_quiet_library_none(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage), (2, PracticeFixtures.CrossValidation));
        await using var db = library.Context();
        var learner = await Learners.LocalAsync(db, PracticeFixtures.Now);
        Assert.NotNull(await CardSync.SyncIfChangedAsync(db, learner.Id, PracticeFixtures.Now));
        var card = await db.Cards.AsNoTracking().OrderBy(c => c.Id).FirstAsync(c => c.LearnerId == learner.Id);

        var edited = await new LibraryEditor(library.Database, TimeProvider.System)
            .EditAsync(card.ItemId, new ItemEdit { Title = "An editor's sharper title" }, "editor");
        Assert.Equal(EditStatus.Done, edited.Status);
        await using (var afterEdit = library.Context())
        {
            var report = await CardSync.SyncIfChangedAsync(afterEdit, learner.Id, PracticeFixtures.Now);
            Assert.NotNull(report);
            Assert.True(report.Regenerated > 0);
            Assert.Null(await CardSync.SyncIfChangedAsync(afterEdit, learner.Id, PracticeFixtures.Now));
        }

        await using (var flagging = library.Context())
        {
            await CardEdits.FlagAsync(flagging, card.Id, "wrong", PracticeFixtures.Now);
        }

        await using var afterFlag = library.Context();
        Assert.NotNull(await CardSync.SyncIfChangedAsync(afterFlag, learner.Id, PracticeFixtures.Now));
        Assert.Null(await CardSync.SyncIfChangedAsync(afterFlag, learner.Id, PracticeFixtures.Now));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_missed_card_comes_back_the_same_day_and_reviews_stop_at_the_daily_limit(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage), (2, PracticeFixtures.CrossValidation), (3, PracticeFixtures.Dropout));
        await using var db = library.Context();
        var learnerId = await PracticeFixtures.SyncAsync(db);
        var learner = await db.Learners.SingleAsync(l => l.Id == learnerId);

        var first = (await StudySessions.PlanAsync(db, learner, PracticeFixtures.Now, SessionFilter.All)).Entries[0];
        await Reviews.AnswerAsync(db, new ReviewAnswer(first.CardId, Rating.Again, TimeSpan.FromSeconds(9)), PracticeFixtures.Now);
        var later = PracticeFixtures.Now.AddMinutes(15);
        var plan = await StudySessions.PlanAsync(db, learner, later, SessionFilter.All);
        Assert.Equal(first.CardId, plan.Entries[0].CardId);
        Assert.False(plan.Entries[0].IsNew);
        Assert.Equal(1, plan.AnsweredToday);

        // Every other card becomes a due review; a limit of one lets one through, and none once one was done today.
        await db.Cards.Where(c => c.LearnerId == learnerId && c.Id != first.CardId).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.State, (int)CardState.Review).SetProperty(c => c.Due, PracticeFixtures.Now.AddDays(-1))
            .SetProperty(c => c.Stability, 3.0).SetProperty(c => c.Difficulty, 5.0).SetProperty(c => c.Reps, 2)
            .SetProperty(c => c.ScheduledDays, 3).SetProperty(c => c.LastReview, PracticeFixtures.Now.AddDays(-4)));
        db.ChangeTracker.Clear();
        Assert.Empty(await new LearnerSettings(0.9, 20, "UTC", TimeSpan.FromHours(4), DailyReviewLimit: 1).SaveAsync(db, learnerId));
        learner = await db.Learners.AsNoTracking().SingleAsync(l => l.Id == learnerId);
        var limited = await StudySessions.PlanAsync(db, learner, later, SessionFilter.All);
        Assert.Equal(2, limited.Entries.Count);
        Assert.Equal(first.CardId, limited.Entries.Single(e => e.CardId == first.CardId).CardId);

        var review = limited.Entries.Single(e => e.CardId != first.CardId).CardId;
        await Reviews.AnswerAsync(db, new ReviewAnswer(review, Rating.Good, TimeSpan.FromSeconds(9)), later);
        var spent = await StudySessions.PlanAsync(db, learner, later.AddMinutes(1), SessionFilter.All);
        Assert.Equal([first.CardId], spent.Entries.Select(e => e.CardId));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Settings_are_validated_and_saved_and_interview_answers_are_read_back(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage), (2, PracticeFixtures.CrossValidation));
        await using var db = library.Context();
        var learnerId = await PracticeFixtures.SyncAsync(db);

        var bad = await new LearnerSettings(1.2, -1, "Nowhere/Nothing", TimeSpan.FromHours(25)).SaveAsync(db, learnerId);
        Assert.Equal(["DailyNewLimit", "DayStart", "DesiredRetention", "TimeZoneId"], bad.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(await new LearnerSettings(0.85, 5, "Europe/Moscow", TimeSpan.FromHours(6)).SaveAsync(db, learnerId));
        var saved = await db.Learners.AsNoTracking().SingleAsync(l => l.Id == learnerId);
        Assert.Equal((0.85, 5, "Europe/Moscow", TimeSpan.FromHours(6)), (saved.DesiredRetention, saved.DailyNewLimit, saved.TimeZoneId, saved.DayStart));

        var questions = await Interviews.QuestionsAsync(db, learnerId, PracticeFixtures.Now, [], 2);
        Assert.Equal(2, questions.Count);
        await Reviews.AnswerAsync(db, new ReviewAnswer(questions[0].CardId, Rating.Good, TimeSpan.FromSeconds(20), "typed"), PracticeFixtures.Now);
        await Reviews.AnswerAsync(db, new ReviewAnswer(questions[1].CardId, Rating.Again, TimeSpan.FromSeconds(200), "typed"), PracticeFixtures.Now);
        var answers = await Interviews.AnswersSinceAsync(db, learnerId, questions.Select(q => q.CardId).ToList(), PracticeFixtures.Now.AddMinutes(-1), TimeSpan.FromSeconds(60));
        Assert.Equal([false, true], answers.Select(a => a.OverTime));
        var learner = await db.Learners.AsNoTracking().SingleAsync(l => l.Id == learnerId);
        Assert.Equal(2, (await StudySessions.PlanAsync(db, learner, PracticeFixtures.Now, SessionFilter.All)).AnsweredToday);
        var calendar = await PracticeStats.CalendarAsync(db, learnerId, PracticeFixtures.Now, 7);
        Assert.Equal(7, calendar.Count);
        Assert.Equal(2, calendar[^1].Reviews);
    }
}
