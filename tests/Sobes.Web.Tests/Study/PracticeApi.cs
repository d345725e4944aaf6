using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sobes.Data.Practice;
using Sobes.Data.Storage;
using Sobes.Web.Tests.Infrastructure;

namespace Sobes.Web.Tests.Study;

/// <summary>The practice API's behaviour, run the same way on SQLite and PostgreSQL.</summary>
internal static class PracticeApi
{
    public static async Task<JsonElement> AnswerAsync(this HttpClient client, long cardId, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.PostAsJsonAsync($"/api/v1/cards/{cardId}/answer", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"answer {cardId}: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Next card, a self-graded answer, progress, undo, and the progress back where it was.</summary>
    public static async Task StudyAndUndoAsync(SobesApp app)
    {
        var client = app.CreateClient();
        var next = await client.GetJsonAsync("/api/v1/cards/next?type=flashcard");
        var card = next.GetProperty("card");
        var id = card.GetProperty("id").GetInt64();
        Assert.Equal("flashcard", card.GetProperty("type").GetString());
        Assert.False(card.GetProperty("checked").GetBoolean());
        Assert.False(string.IsNullOrEmpty(card.GetProperty("answer").GetString()));
        Assert.Equal(0, next.GetProperty("progress").GetProperty("answered_today").GetInt32());

        var answer = await client.AnswerAsync(id, new { rating = 3 });
        Assert.Equal(3, answer.GetProperty("rating").GetInt32());
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("verdict").ValueKind);
        Assert.True(answer.GetProperty("due").GetDateTimeOffset() > DateTimeOffset.UtcNow);

        var progress = await client.GetJsonAsync("/api/v1/progress");
        Assert.Equal(1, progress.GetProperty("answered_today").GetInt32());
        Assert.Equal(0.9, progress.GetProperty("desired_retention").GetDouble(), 3);
        Assert.Equal(30, progress.GetProperty("due_forecast").GetArrayLength());
        Assert.NotEqual(id, (await client.GetJsonAsync("/api/v1/cards/next?type=flashcard")).GetProperty("card").GetProperty("id").GetInt64());

        using var undo = await client.PostAsync("/api/v1/cards/undo", null);
        Assert.Equal(HttpStatusCode.OK, undo.StatusCode);
        Assert.Equal(id, JsonDocument.Parse(await undo.Content.ReadAsStringAsync()).RootElement.GetProperty("card_id").GetInt64());
        Assert.Equal(0, (await client.GetJsonAsync("/api/v1/progress")).GetProperty("answered_today").GetInt32());
        Assert.Equal(id, (await client.GetJsonAsync("/api/v1/cards/next?type=flashcard")).GetProperty("card").GetProperty("id").GetInt64());

        using var nothing = await client.PostAsync("/api/v1/cards/undo", null);
        Assert.Equal(HttpStatusCode.NotFound, nothing.StatusCode);
        Assert.Equal("application/problem+json", nothing.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>A wrong cloze answer is checked and rated Again; a bad rating is a 400 ProblemDetails.</summary>
    public static async Task CheckedAnswerAndBadRatingAsync(SobesApp app)
    {
        var client = app.CreateClient();
        var card = (await client.GetJsonAsync("/api/v1/cards/next?type=cloze")).GetProperty("card");
        var id = card.GetProperty("id").GetInt64();
        Assert.True(card.GetProperty("checked").GetBoolean());
        Assert.Equal(JsonValueKind.Null, card.GetProperty("answer").ValueKind);

        using var bad = await client.PostAsJsonAsync($"/api/v1/cards/{id}/answer", new { rating = 7 });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await bad.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty("rating", out _));

        var answer = await client.AnswerAsync(id, new { answer = "definitely-not-the-term" });
        Assert.False(answer.GetProperty("verdict").GetProperty("correct").GetBoolean());
        Assert.False(string.IsNullOrEmpty(answer.GetProperty("verdict").GetProperty("expected").GetString()));
        Assert.Equal(1, answer.GetProperty("rating").GetInt32());
        Assert.Equal("again", answer.GetProperty("rating_name").GetString());
    }

    /// <summary>A card of another learner is not found for this one, and nothing is recorded.</summary>
    public static async Task AnotherLearnersCardIsRefusedAsync(SobesApp app)
    {
        var client = app.CreateClient();
        await client.GetJsonAsync("/api/v1/cards/next");
        var database = app.Services.GetRequiredService<SobesDatabase>();
        long foreign;
        await using (var db = database.CreateContext())
        {
            var other = new LearnerRecord { Name = "someone-else", CreatedAt = DateTimeOffset.UtcNow };
            db.Learners.Add(other);
            await db.SaveChangesAsync();
            await CardSync.SyncAsync(db, other.Id, DateTimeOffset.UtcNow);
            foreign = db.Cards.Where(c => c.LearnerId == other.Id && c.Type == Sobes.Core.Cards.CardType.Flashcard).Select(c => c.Id).First();
        }

        var problem = await client.AnswerAsync(foreign, new { rating = 3 }, HttpStatusCode.NotFound);
        Assert.Equal("Card not found", problem.GetProperty("title").GetString());
        await using (var db = database.CreateContext())
        {
            Assert.False(db.ReviewLog.Any(r => r.CardId == foreign));
        }
    }
}
