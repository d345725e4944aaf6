using System.Net;
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
