using Microsoft.EntityFrameworkCore;
using Sobes.Core.Cards;
using Sobes.Core.Srs;
using Sobes.Core.Srs.Optimization;
using Sobes.Data.Practice;
using Sobes.Data.Storage;
using Sobes.Data.Tests.Importing;
using Sobes.Testing;

namespace Sobes.Data.Tests.Practice;

public sealed class LearnerFsrsTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private const int Cards = 150;

    private readonly string dir = Path.Combine(Path.GetTempPath(), "sobes-fsrs-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<string> Providers => new() { "sqlite", "postgres" };

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Optimizing_keeps_parameters_that_predict_the_learners_history_better_and_schedules_with_them(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await using var db = library.Context();
        var learner = await SeedHistoryAsync(library, db);

        var report = await LearnerFsrs.OptimizeAsync(db, learner, PracticeFixtures.Now, reschedule: false);

        Assert.True(report.Kept);
        Assert.True(report.After!.LogLoss < report.Before!.LogLoss);
        await using var fresh = library.Context();
        var stored = await fresh.Learners.SingleAsync(l => l.Id == learner);
        Assert.Equal(report.Parameters, LearnerParameters.Of(stored));
        Assert.NotEqual(FsrsParameters.Default, report.Parameters);
        Assert.Equal(report.Parameters, ScheduleMapping.Settings(stored).Parameters);
        Assert.Equal(report.Reviews, stored.ReviewsAtFit);
        var evaluation = await LearnerFsrs.EvaluateAsync(fresh, stored, PracticeFixtures.Now);
        Assert.Equal(FsrsEvaluator.Evaluate(report.Parameters, LearnerFsrs.Items(await LearnerFsrs.ReviewRowsAsync(fresh, learner), stored, PracticeFixtures.Now)), evaluation);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_second_fit_on_the_same_history_is_not_better_and_is_not_kept(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await using var db = library.Context();
        var learner = await SeedHistoryAsync(library, db);
        var first = await LearnerFsrs.OptimizeAsync(db, learner, PracticeFixtures.Now, reschedule: false);

        var second = await LearnerFsrs.OptimizeAsync(db, learner, PracticeFixtures.Now.AddDays(1), reschedule: false);

        Assert.True(first.Kept);
        Assert.False(second.Kept);
        Assert.Equal(first.Parameters, second.Parameters);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Rescheduling_replays_each_cards_answers_with_the_learners_parameters(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await using var db = library.Context();
        var learner = await SeedHistoryAsync(library, db);

        var report = await LearnerFsrs.OptimizeAsync(db, learner, PracticeFixtures.Now, reschedule: true);

        Assert.Equal(Cards, report.Rescheduled);
        await using var fresh = library.Context();
        var card = await fresh.Cards.Where(c => c.LearnerId == learner).OrderBy(c => c.Id).FirstAsync();
        var answers = await fresh.ReviewLog.Where(r => r.CardId == card.Id).OrderBy(r => r.ReviewedAt).ToListAsync();
        var settings = SchedulingSettings.Default with { Parameters = report.Parameters };
        var expected = CardSchedule.New(answers[0].ReviewedAt);
        foreach (var answer in answers)
        {
            expected = CardScheduler.Answer(card.Id, expected, new Rating(answer.Rating), answer.ReviewedAt, settings).Next;
        }

        Assert.Equal(expected, ScheduleMapping.ToSchedule(card));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_learner_without_reviews_has_no_prediction_and_an_optimization_keeps_the_defaults(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await using var db = library.Context();
        var learner = await Learners.LocalAsync(db, PracticeFixtures.Now);

        var report = await LearnerFsrs.OptimizeAsync(db, learner.Id, PracticeFixtures.Now, reschedule: true);

        Assert.Null(await LearnerFsrs.EvaluateAsync(db, learner, PracticeFixtures.Now));
        Assert.False(report.Kept);
        Assert.Null(report.Before);
        Assert.Equal(FsrsParameters.Default, report.Parameters);
        Assert.Equal(0, report.Rescheduled);
    }

    [Fact]
    public void An_optimization_is_offered_from_400_reviews_and_again_once_the_log_grew_by_half()
    {
        var never = new LearnerRecord { Name = "a" };
        var fitted = new LearnerRecord { Name = "b", ParametersFittedAt = PracticeFixtures.Now, ReviewsAtFit = 1000 };

        Assert.False(LearnerFsrs.ShouldOffer(never, 399));
        Assert.True(LearnerFsrs.ShouldOffer(never, 400));
        Assert.False(LearnerFsrs.ShouldOffer(fitted, 1499));
        Assert.True(LearnerFsrs.ShouldOffer(fitted, 1500));
    }

    [Fact]
    public void Stored_parameters_round_trip_and_unreadable_ones_fall_back_to_the_defaults()
    {
        var parameters = FsrsParameters.Create(FsrsParameters.Default.Values.Select(v => v * 1.01));

        Assert.Equal(parameters, LearnerParameters.Of(new LearnerRecord { Name = "a", FsrsParameters = LearnerParameters.Format(parameters) }));
        Assert.Equal(FsrsParameters.Default, LearnerParameters.Of(new LearnerRecord { Name = "b", FsrsParameters = "1,2,x" }));
        Assert.Equal(FsrsParameters.Default, LearnerParameters.Of(new LearnerRecord { Name = "c" }));
    }

    // A history the defaults mis-predict: 150 cards learnt on one day, then reviewed 1, 4 and 12 days later; recall
    // fails on a fixed two cards in three at 12 days, far more often than the default parameters expect.
    private async Task<long> SeedHistoryAsync(TestLibrary library, SobesDbContext db)
    {
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage));
        var learner = await PracticeFixtures.SyncAsync(db);
        var template = await db.Cards.FirstAsync(c => c.LearnerId == learner);
        db.Cards.RemoveRange(db.Cards.Where(c => c.LearnerId == learner));
        for (var i = 0; i < Cards; i++)
        {
            db.Cards.Add(new CardRecord
            {
                ItemId = template.ItemId, LearnerId = learner, Type = CardType.Flashcard, GeneratorKey = "fsrs:" + i,
                PayloadJson = template.PayloadJson, Due = PracticeFixtures.Now,
            });
        }

        await db.SaveChangesAsync();
        var start = PracticeFixtures.Now.AddDays(-60);
        foreach (var (card, i) in (await db.Cards.Where(c => c.LearnerId == learner).OrderBy(c => c.Id).ToListAsync()).Select((c, i) => (c, i)))
        {
            (int Day, int Rating, int State)[] answers = [(0, 3, 0), (1, 3, 2), (5, i % 5 == 0 ? 1 : 3, 2), (17, i % 3 == 0 ? 3 : 1, 2), (18, 3, 3), (30, i % 2 == 0 ? 1 : 3, 2)];
            foreach (var (day, rating, state) in answers)
            {
                db.ReviewLog.Add(new ReviewLogRecord
                {
                    CardId = card.Id, LearnerId = learner, Rating = rating, ReviewedAt = start.AddDays(day).AddMinutes(i),
                    DurationMs = 5000, StateBefore = state, ScheduleBeforeJson = "{}",
                });
            }
        }

        await db.SaveChangesAsync();
        return learner;
    }
}
