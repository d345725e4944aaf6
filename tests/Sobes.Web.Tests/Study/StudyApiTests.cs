using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Sobes.Data.Storage;
using Sobes.Testing;
using Sobes.Web.Tests.Infrastructure;

namespace Sobes.Web.Tests.Study;

public sealed class StudyApiTests : IDisposable
{
    private readonly TempSqliteDatabase file = new();

    public void Dispose() => file.Dispose();

    [Fact]
    public async Task A_card_is_served_answered_counted_and_undone()
    {
        await using var app = new SobesApp(file.FilePath);
        await PracticeApi.StudyAndUndoAsync(app);
    }

    [Fact]
    public async Task A_checked_answer_gets_a_verdict_and_a_bad_rating_is_a_problem()
    {
        await using var app = new SobesApp(file.FilePath);
        await PracticeApi.CheckedAnswerAndBadRatingAsync(app);
    }

    [Fact]
    public async Task Answering_another_learners_card_is_not_found()
    {
        await using var app = new SobesApp(file.FilePath);
        await PracticeApi.AnotherLearnersCardIsRefusedAsync(app);
    }

    [Fact]
    public async Task An_api_answer_that_took_hours_is_logged_as_one_hour_like_the_pages()
    {
        await using var app = new SobesApp(file.FilePath);
        var client = app.CreateClient();
        var id = (await client.GetJsonAsync("/api/v1/cards/next?type=flashcard")).GetProperty("card").GetProperty("id").GetInt64();

        await client.AnswerAsync(id, new { rating = 3, duration_ms = 10 * 3_600_000 });

        await using var db = app.Services.GetRequiredService<SobesDatabase>().CreateContext();
        Assert.Equal(3_600_000, Assert.Single(db.ReviewLog.ToList()).DurationMs);
    }

    [Fact]
    public async Task A_quiz_with_only_the_crowds_pick_is_self_graded_by_the_api_as_on_the_page()
    {
        await using var app = new SobesApp(file.FilePath);
        var client = app.CreateClient();
        var card = (await client.GetJsonAsync("/api/v1/cards/next?type=multiple-choice")).GetProperty("card");

        Assert.False(card.GetProperty("key_known").GetBoolean());
        Assert.False(card.GetProperty("checked").GetBoolean());
        Assert.Equal("rating", card.GetProperty("answer_shape").GetString());
    }

    [Fact]
    public async Task A_self_graded_card_without_a_rating_is_a_problem()
    {
        await using var app = new SobesApp(file.FilePath);
        var client = app.CreateClient();
        var id = (await client.GetJsonAsync("/api/v1/cards/next?type=flashcard")).GetProperty("card").GetProperty("id").GetInt64();
        var problem = await client.AnswerAsync(id, new { answer = "I think so" }, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("rating", out _));
    }

    [Fact]
    public async Task An_unknown_card_type_filter_is_a_problem_and_an_empty_library_has_no_next_card()
    {
        await using var app = new SobesApp(file.FilePath, sample: false);
        var client = app.CreateClient();
        using var bad = await client.GetAsync("/api/v1/cards/next?type=essay");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        using var none = await client.GetAsync("/api/v1/cards/next");
        Assert.Equal(HttpStatusCode.NoContent, none.StatusCode);
    }
}
