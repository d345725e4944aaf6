using Microsoft.EntityFrameworkCore;
using Sobes.Core.Cards;
using Sobes.Core.Srs;
using Sobes.Data.Practice;
using Sobes.Data.Storage;
using Sobes.Data.Tests.Importing;
using Sobes.Testing;

namespace Sobes.Data.Tests.Practice;

public sealed class LoadBalancingTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "sobes-balance-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<string> Providers => new() { "sqlite", "postgres" };

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task An_answer_lands_on_the_light_day_within_the_fuzz_range_and_the_preview_shows_that_day(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await using var db = library.Context();
        var (learner, card) = await ReviewCardAsync(library, db);
        var session = Session(library, learner);
        var study = (await session.CardAsync(card))!;
        var light = LearnerCalendar.DayOf((await session.PreviewAsync(study)).Good.Next.Due, SchedulingSettings.Default);
        await LoadAllDaysButAsync(db, learner, card, light);

        var preview = await session.PreviewAsync(study);
        var answer = await session.AnswerAsync(study, null, Rating.Good, TimeSpan.FromSeconds(3));

        Assert.Equal(light, LearnerCalendar.DayOf(answer!.Schedule.Due, SchedulingSettings.Default));
        Assert.Equal(preview.Good.Next, answer.Schedule);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task With_balancing_off_the_heavy_days_do_not_move_the_due_day(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await using var db = library.Context();
        var (learner, card) = await ReviewCardAsync(library, db);
        var stored = await db.Learners.SingleAsync(l => l.Id == learner);
        stored.LoadBalancing = false;
        await db.SaveChangesAsync();
        var session = Session(library, stored);
        var study = (await session.CardAsync(card))!;
        var plain = (await session.PreviewAsync(study)).Good.Next;
        await LoadAllDaysButAsync(db, learner, card, LearnerCalendar.DayOf(plain.Due, SchedulingSettings.Default).AddDays(1));

        var answer = await session.AnswerAsync(study, null, Rating.Good, TimeSpan.FromSeconds(3));

        Assert.Equal(plain, answer!.Schedule);
    }

    [Fact]
    public void Easy_days_are_lighter_and_switching_balancing_off_turns_them_off_too()
    {
        var learner = new LearnerRecord { Name = "a", EasyDays = LearnerParameters.EasyDaysMask([DayOfWeek.Saturday, DayOfWeek.Sunday]) };
        var saturday = new DateOnly(2026, 12, 5);

        var on = ScheduleMapping.Balancing(learner);
        learner.LoadBalancing = false;

        Assert.Equal([DayOfWeek.Sunday, DayOfWeek.Saturday], LearnerParameters.EasyDaysOf(learner));
        Assert.Equal(LearnerParameters.EasyDayLoad, on.LoadOn(saturday));
        Assert.Equal(1, on.LoadOn(saturday.AddDays(2)));
        Assert.False(ScheduleMapping.Balancing(learner).Enabled);
    }

    private static PracticeSession Session(TestLibrary library, LearnerRecord learner) =>
        new(library.Database, learner, SessionFilter.All, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(PracticeFixtures.Now));

    private static PracticeSession Session(TestLibrary library, long learner)
    {
        using var db = library.Context();
        return Session(library, db.Learners.AsNoTracking().Single(l => l.Id == learner));
    }

    // A flashcard in review with a month's stability, due now: its Good interval has a fuzz range of several days.
    private async Task<(long Learner, long Card)> ReviewCardAsync(TestLibrary library, SobesDbContext db)
    {
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage));
        var learner = await PracticeFixtures.SyncAsync(db);
        var card = await db.Cards.FirstAsync(c => c.LearnerId == learner && c.Type == CardType.Flashcard);
        card.State = (int)CardState.Review;
        card.Stability = 30;
        card.Difficulty = 5;
        card.Reps = 4;
        card.ScheduledDays = 30;
        card.LastReview = PracticeFixtures.Now.AddDays(-30);
        card.Due = PracticeFixtures.Now;
        await db.SaveChangesAsync();
        return (learner, card.Id);
    }

    // Ten review cards due on every day from 20 days before the light day to 20 days after, except on the light day.
    private static async Task LoadAllDaysButAsync(SobesDbContext db, long learner, long card, DateOnly light)
    {
        var template = await db.Cards.AsNoTracking().FirstAsync(c => c.Id == card);
        for (var offset = -20; offset <= 20; offset++)
        {
            var day = light.AddDays(offset);
            for (var i = 0; offset != 0 && i < 10; i++)
            {
                db.Cards.Add(new CardRecord
                {
                    ItemId = template.ItemId, LearnerId = learner, Type = CardType.Flashcard, GeneratorKey = $"load:{offset}:{i}",
                    PayloadJson = template.PayloadJson, State = (int)CardState.Review, Stability = 10, Difficulty = 5,
                    Due = LearnerCalendar.StartOf(day, SchedulingSettings.Default).AddHours(1),
                });
            }
        }

        await db.SaveChangesAsync();
    }
}
