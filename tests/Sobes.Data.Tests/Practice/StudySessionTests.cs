using Microsoft.EntityFrameworkCore;
using Sobes.Core.Cards;
using Sobes.Core.Srs;
using Sobes.Data.Practice;
using Sobes.Data.Tests.Importing;
using Sobes.Testing;

namespace Sobes.Data.Tests.Practice;

public sealed class StudySessionTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "sobes-practice-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<string> Providers => new() { "sqlite", "postgres" };

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_session_holds_one_card_per_item_and_of_an_item_answered_today_only_that_card_once_due_again(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage), (2, PracticeFixtures.CrossValidation), (3, PracticeFixtures.Dropout));
        await using var db = library.Context();
        var learner = await PracticeFixtures.SyncAsync(db);

        var first = await StudySessions.BuildAsync(db, learner, PracticeFixtures.Now, SessionFilter.All);
        Assert.Equal(3, first.Count);
        Assert.Equal(3, first.Select(c => c.ItemId).Distinct().Count());

        await Reviews.AnswerAsync(db, new ReviewAnswer(first[0].CardId, Rating.Again, TimeSpan.Zero), PracticeFixtures.Now);
        var later = await StudySessions.BuildAsync(db, learner, PracticeFixtures.Now.AddMinutes(5), SessionFilter.All);

        // The missed card is back after its one-minute step; no sibling of its item joins it.
        Assert.Equal([first[0].CardId], later.Where(c => c.ItemId == first[0].ItemId).Select(c => c.CardId));
        Assert.Equal(3, later.Count);
        Assert.Equal(3, later.Select(c => c.ItemId).Distinct().Count());
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Due_reviews_come_before_new_cards_and_filters_narrow_by_type(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage), (2, PracticeFixtures.CrossValidation), (3, PracticeFixtures.Dropout));
        await using var db = library.Context();
        var learner = await PracticeFixtures.SyncAsync(db);
        var dropout = await db.Cards.AsNoTracking().Where(c => c.Type == Sobes.Core.Cards.CardType.Flashcard).OrderByDescending(c => c.ItemId).FirstAsync();
        await Reviews.AnswerAsync(db, new ReviewAnswer(dropout.Id, Rating.Easy, TimeSpan.Zero), PracticeFixtures.Now);
        var dueAt = (await db.Cards.AsNoTracking().SingleAsync(c => c.Id == dropout.Id)).Due;

        var session = await StudySessions.BuildAsync(db, learner, dueAt.AddDays(1), SessionFilter.All);
        var clozes = await StudySessions.BuildAsync(db, learner, dueAt.AddDays(1), new SessionFilter([], [CardType.Cloze]));

        Assert.Equal(dropout.Id, session[0].CardId);
        Assert.False(session[0].IsNew);
        Assert.All(session.Skip(1), c => Assert.True(c.IsNew));
        Assert.NotEmpty(clozes);
        Assert.All(clozes, c => Assert.Equal(CardType.Cloze, c.Type));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Progress_counts_reviews_streak_forecast_and_mastery(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage), (2, PracticeFixtures.CrossValidation));
        await using var db = library.Context();
        var learner = await PracticeFixtures.SyncAsync(db);
        var cards = await db.Cards.AsNoTracking().Where(c => c.Type == Sobes.Core.Cards.CardType.Flashcard).ToListAsync();
        await Reviews.AnswerAsync(db, new ReviewAnswer(cards[0].Id, Rating.Good, TimeSpan.Zero), PracticeFixtures.Now.AddDays(-1));
        await Reviews.AnswerAsync(db, new ReviewAnswer(cards[1].Id, Rating.Good, TimeSpan.Zero), PracticeFixtures.Now);

        var progress = await PracticeStats.ForAsync(db, learner, PracticeFixtures.Now);

        Assert.Equal(2, progress.Streak);
        Assert.Equal([1, 1], progress.ReviewsPerDay.Values);
        Assert.Equal(2, progress.DueForecast.Sum());
        Assert.Contains("validation", progress.TopicMastery.Keys);
        Assert.Null(progress.TrueRetention);
        Assert.Equal(0.9, progress.DesiredRetention);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Mastery_and_recall_fall_with_lapses_and_cards_are_counted_new_learning_young_and_mature(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage), (2, PracticeFixtures.CrossValidation), (3, PracticeFixtures.Dropout));
        await using var db = library.Context();
        var learner = await PracticeFixtures.SyncAsync(db);
        var cards = await db.Cards.AsNoTracking().Where(c => c.Type == Sobes.Core.Cards.CardType.Flashcard).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync();
        var start = PracticeFixtures.Now.AddDays(-3);
        foreach (var id in cards)
        {
            await Reviews.AnswerAsync(db, new ReviewAnswer(id, Rating.Easy, TimeSpan.Zero), start);
        }

        // Two of the three learned cards are forgotten a moment ago: they are relearning now.
        await Reviews.AnswerAsync(db, new ReviewAnswer(cards[0], Rating.Again, TimeSpan.Zero), PracticeFixtures.Now.AddMinutes(-1));
        await Reviews.AnswerAsync(db, new ReviewAnswer(cards[1], Rating.Again, TimeSpan.Zero), PracticeFixtures.Now.AddMinutes(-1));

        var progress = await PracticeStats.ForAsync(db, learner, PracticeFixtures.Now);

        var all = progress.TopicMastery.Values.ToList();
        Assert.NotEmpty(all);
        Assert.True(progress.TopicMastery.Values.Max() < 0.99, string.Join(", ", progress.TopicMastery));
        Assert.Equal(0.6, progress.Recall!.Value, 3);
        Assert.Equal(2, progress.LearningCards);
        Assert.Equal(1, progress.YoungCards + progress.MatureCards);
        Assert.Equal(progress.Cards - 3, progress.NewCards);
        Assert.Equal(progress.TopicMastery.Keys, progress.TopicRecall.Keys);
    }
}
