using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Sobes.Data.Storage;
using Sobes.Testing;
using Sobes.Web.Tests.Browser;
using Sobes.Web.Tests.Infrastructure;

namespace Sobes.Web.Tests.Study;

/// <summary>A learner browses an item's cards and suspends one; a crowd-only quiz says so and offers the crowd's grade.</summary>
public sealed partial class ItemCardsTests : IDisposable
{
    private readonly TempSqliteDatabase file = new();

    public void Dispose() => file.Dispose();

    [Fact]
    public async Task The_item_page_lists_the_learners_cards_and_a_card_suspended_there_leaves_practice_until_brought_back()
    {
        await using var app = new SobesApp(file.FilePath);
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var next = (await client.GetJsonAsync("/api/v1/cards/next?type=flashcard")).GetProperty("card");
        var (cardId, itemId) = (next.GetProperty("id").GetInt64(), next.GetProperty("item_id").GetInt64());

        var page = await client.GetStringAsync($"/items/{itemId}?lang=en");
        Assert.Contains("id=\"cards\"", page, StringComparison.Ordinal);
        Assert.Matches($"<tr class=\"item-card\\s*\" data-card=\"{cardId}\">\\s*<td><span class=\"badge card-type\">[^<]+</span></td>", page);
        using (var suspend = await client.PostAsync($"/items/{itemId}?handler=suspend", Form(page, ("cardId", $"{cardId}"), ("suspend", "true"))))
        {
            Assert.Equal(HttpStatusCode.Redirect, suspend.StatusCode);
            Assert.Equal($"/items/{itemId}#cards", suspend.Headers.Location!.OriginalString);
        }

        var after = await client.GetStringAsync($"/items/{itemId}?lang=en");
        Assert.Contains($"<tr class=\"item-card suspended\" data-card=\"{cardId}\">", after, StringComparison.Ordinal);
        Assert.Contains("Bring back", after, StringComparison.Ordinal);
        using (var answer = await client.PostAsJsonAsync($"/api/v1/cards/{cardId}/answer", new { rating = 3 }))
        {
            Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        }

        using (var back = await client.PostAsync($"/items/{itemId}?handler=suspend", Form(after, ("cardId", $"{cardId}"), ("suspend", "false"))))
        {
            Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        }

        Assert.Matches($"<tr class=\"item-card\\s*\" data-card=\"{cardId}\">", await client.GetStringAsync($"/items/{itemId}?lang=en"));
    }

    [Fact]
    public async Task A_card_of_another_item_cannot_be_suspended_through_an_items_page()
    {
        await using var app = new SobesApp(file.FilePath);
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var next = (await client.GetJsonAsync("/api/v1/cards/next?type=flashcard")).GetProperty("card");
        var (cardId, itemId) = (next.GetProperty("id").GetInt64(), next.GetProperty("item_id").GetInt64());
        var other = await OtherItemAsync(app, itemId);
        var page = await client.GetStringAsync($"/items/{other}");

        using var response = await client.PostAsync($"/items/{other}?handler=suspend", Form(page, ("cardId", $"{cardId}"), ("suspend", "true")));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_api_lists_an_items_cards_and_suspends_and_brings_back_one()
    {
        await using var app = new SobesApp(file.FilePath);
        var client = app.CreateClient();
        var next = (await client.GetJsonAsync("/api/v1/cards/next?type=flashcard")).GetProperty("card");
        var (cardId, itemId) = (next.GetProperty("id").GetInt64(), next.GetProperty("item_id").GetInt64());

        var listed = await client.GetJsonAsync($"/api/v1/items/{itemId}/cards");
        var card = listed.GetProperty("cards").EnumerateArray().Single(c => c.GetProperty("card_id").GetInt64() == cardId);
        Assert.Equal(("flashcard", "new", false), (card.GetProperty("type").GetString(), card.GetProperty("state").GetString(), card.GetProperty("suspended").GetBoolean()));
        Assert.Equal(0, listed.GetProperty("solved").GetArrayLength());

        using var suspend = await client.PostAsync($"/api/v1/cards/{cardId}/suspend", null);
        Assert.Equal(HttpStatusCode.OK, suspend.StatusCode);
        Assert.True((await client.GetJsonAsync($"/api/v1/items/{itemId}/cards")).GetProperty("cards").EnumerateArray()
            .Single(c => c.GetProperty("card_id").GetInt64() == cardId).GetProperty("suspended").GetBoolean());
        using var unsuspend = await client.PostAsync($"/api/v1/cards/{cardId}/unsuspend", null);
        Assert.Equal(HttpStatusCode.OK, unsuspend.StatusCode);
        using var missing = await client.PostAsync("/api/v1/cards/987654/suspend", null);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var noItem = await client.GetAsync("/api/v1/items/987654/cards");
        Assert.Equal(HttpStatusCode.NotFound, noItem.StatusCode);
    }

    [Fact]
    public async Task A_quiz_where_only_the_crowds_pick_is_known_says_so_and_suggests_the_crowds_grade()
    {
        await using var app = new SobesApp(file.FilePath);
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        await client.GetStringAsync("/quiz?type=multiple-choice");
        var (cardId, crowd) = await CrowdOnlyQuizAsync(app);
        var page = await client.GetStringAsync($"/quiz?type=multiple-choice&card={cardId}&lang=en");

        using var checkedResponse = await client.PostAsync("/quiz?handler=check", Form(page, ("cardId", $"{cardId}"), ("answer", $"{crowd}"),
            ("shown", Field(page, "shown")), ("type", "multiple-choice"), ("mode", "quiz")));
        var result = await checkedResponse.Content.ReadAsStringAsync();

        Assert.Contains("id=\"crowd-only\"", result, StringComparison.Ordinal);
        Assert.Contains("Only the crowd", result, StringComparison.Ordinal);
        Assert.Contains("primary suggested", result, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task In_chromium_a_crowd_only_quiz_says_so_and_enter_accepts_the_suggested_grade()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = await session.NewPageAsync();
        await page.GotoAsync("/quiz?type=multiple-choice&lang=en");
        var (cardId, crowd) = await CrowdOnlyQuizAsync(session.App);
        await page.GotoAsync($"/quiz?type=multiple-choice&card={cardId}&lang=en");
        var place = await page.Locator($"#answer-form .choice[value=\"{crowd}\"]").GetAttributeAsync("data-key");

        await page.StudyKeyAsync(place!);
        await page.Locator("#crowd-only").WaitForAsync();
        Assert.True(await page.Locator("#crowd-only").IsVisibleAsync());
        Assert.Equal(1, await page.Locator("#grade-form .suggested").CountAsync());
        await BrowserSession.ScreenshotAsync(page, "quiz-crowd-only");
        await page.StudyKeyAsync("Enter");
        await page.WaitForURLAsync(new Regex("done=answered"), new PageWaitForURLOptions { WaitUntil = WaitUntilState.Load });

        await using var db = session.App.Services.GetRequiredService<SobesDatabase>().CreateContext();
        var entry = await db.ReviewLog.SingleAsync(r => r.CardId == cardId);
        Assert.True(entry.Rating >= 2);
    }

    // A quiz card whose item has shares but no trusted key, and the option the crowd picked (as the card stores it).
    private static async Task<(long CardId, int Crowd)> CrowdOnlyQuizAsync(SobesApp app)
    {
        await using var db = app.Services.GetRequiredService<SobesDatabase>().CreateContext();
        var cards = await db.Cards.Where(c => c.Type == Sobes.Core.Cards.CardType.MultipleChoice && c.Item!.KeySource == Sobes.Core.Library.KeySource.Crowd)
            .OrderBy(c => c.Id).Select(c => new { c.Id, c.PayloadJson }).ToListAsync();
        foreach (var card in cards)
        {
            var options = System.Text.Json.JsonDocument.Parse(card.PayloadJson).RootElement.GetProperty("options").EnumerateArray()
                .Select(o => o.TryGetProperty("share", out var s) && s.ValueKind == System.Text.Json.JsonValueKind.Number ? s.GetDouble() : -1).ToList();
            var best = options.IndexOf(options.Max());
            if (options.Max() >= 0.5)
            {
                return (card.Id, best);
            }
        }

        throw new InvalidOperationException("the sample has no quiz with a clear crowd's pick");
    }

    private static async Task<long> OtherItemAsync(SobesApp app, long itemId)
    {
        await using var db = app.Services.GetRequiredService<SobesDatabase>().CreateContext();
        return await db.Cards.Where(c => c.ItemId != itemId).Select(c => c.ItemId).FirstAsync();
    }

    private static string Field(string html, string name) =>
        Regex.Match(html, $"name=\"{name}\" value=\"([^\"]*)\"") is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("no field " + name);

    private static FormUrlEncodedContent Form(string page, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create("__csrf", Token().Match(page).Groups[1].Value)));

    [GeneratedRegex("name=\"__csrf\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
