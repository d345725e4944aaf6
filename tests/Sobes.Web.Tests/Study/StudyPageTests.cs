using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Sobes.Testing;
using Sobes.Web.Tests.Infrastructure;

namespace Sobes.Web.Tests.Study;

public sealed partial class StudyPageTests : IDisposable
{
    private readonly TempSqliteDatabase file = new();

    public void Dispose() => file.Dispose();

    [Fact]
    public async Task A_revealed_flashcard_is_graded_by_a_form_post_and_the_progress_line_advances()
    {
        await using var app = new SobesApp(file.FilePath);
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var first = await client.GetStringAsync("/study?type=flashcard&lang=en");
        Assert.Contains("Card 1 of", first, StringComparison.Ordinal);
        var card = CardId(first);

        var revealed = await client.GetStringAsync($"/study?type=flashcard&card={card}&reveal=true");
        Assert.Contains("id=\"answer\"", revealed, StringComparison.Ordinal);
        using var graded = await client.PostAsync("/study?handler=grade", Form(revealed, ("cardId", card), ("rating", "3"), ("shown", Field(revealed, "shown")), ("type", "flashcard")));
        Assert.Equal(HttpStatusCode.Redirect, graded.StatusCode);
        Assert.StartsWith("/study?type=flashcard", graded.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var next = await client.GetStringAsync(graded.Headers.Location!.OriginalString);
        Assert.Contains("Card 2 of", next, StringComparison.Ordinal);
        Assert.NotEqual(card, CardId(next));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        await using var app = new SobesApp(file.FilePath);
        var client = app.CreateClient();
        var page = await client.GetStringAsync("/study?type=flashcard");
        using var form = new FormUrlEncodedContent([new("cardId", CardId(page)), new("rating", "3")]);
        using var response = await client.PostAsync("/study?handler=grade", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_cloze_answer_is_checked_and_suggests_again_and_undo_brings_the_card_back()
    {
        await using var app = new SobesApp(file.FilePath);
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var page = await client.GetStringAsync("/quiz?type=cloze&lang=en");
        var card = CardId(page);
        var result = await (await client.PostAsync("/quiz?handler=check", Form(page, ("cardId", card), ("answer", "nothing-like-it"), ("shown", Field(page, "shown")), ("type", "cloze"), ("mode", "quiz")))).Content.ReadAsStringAsync();
        Assert.Contains("Wrong.", result, StringComparison.Ordinal);
        Assert.Contains("primary suggested", result, StringComparison.Ordinal);
        Assert.Matches("value=\"1\" class=\"button grade-1 primary suggested\"", result);

        using var graded = await client.PostAsync("/study?handler=grade", Form(result, ("cardId", card), ("rating", "1"), ("answer", "nothing-like-it"),
            ("shown", Field(result, "shown")), ("answeredAt", Field(result, "answeredAt")), ("type", "cloze"), ("mode", "quiz")));
        Assert.Equal(HttpStatusCode.Redirect, graded.StatusCode);
        Assert.StartsWith("/quiz", graded.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var after = await client.GetStringAsync("/quiz?type=cloze");
        using var undo = await client.PostAsync("/quiz?handler=undo", Form(after, ("type", "cloze"), ("mode", "quiz")));
        var back = await client.GetStringAsync(undo.Headers.Location!.OriginalString);
        Assert.Equal(card, CardId(back));
        Assert.Contains("The last answer was undone", back, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_are_validated_with_clear_messages_and_saved_per_learner()
    {
        await using var app = new SobesApp(file.FilePath, sample: false);
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var page = await client.GetStringAsync("/settings?lang=en");
        Assert.Contains("value=\"0.90\"", page, StringComparison.Ordinal);

        using var bad = await client.PostAsync("/settings", Form(page, ("Retention", "1.5"), ("NewLimit", "-3"), ("ReviewLimit", "10000"), ("TimeZone", "Mars/Olympus"), ("DayStart", "04:00"), ("Language", "en")));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problems = await bad.Content.ReadAsStringAsync();
        Assert.Contains("Enter a number from 0.70 to 0.99", problems, StringComparison.Ordinal);
        Assert.Contains("Enter a whole number from 0 to 1000.", problems, StringComparison.Ordinal);
        Assert.Contains("Enter a whole number from 0 to 9999.", problems, StringComparison.Ordinal);
        Assert.Contains("This time zone is not known", problems, StringComparison.Ordinal);

        using var good = await client.PostAsync("/settings", Form(page, ("Retention", "0.85"), ("NewLimit", "7"), ("ReviewLimit", "150"), ("TimeZone", "Europe/Moscow"), ("DayStart", "05:30"), ("Language", "ru")));
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var saved = await client.GetStringAsync(good.Headers.Location!.OriginalString);
        Assert.Contains("Настройки сохранены", saved, StringComparison.Ordinal);
        Assert.Contains("value=\"0.85\"", saved, StringComparison.Ordinal);
        Assert.Contains("value=\"7\"", saved, StringComparison.Ordinal);
        Assert.Contains("value=\"150\"", saved, StringComparison.Ordinal);
        Assert.Contains("value=\"Europe/Moscow\"", saved, StringComparison.Ordinal);
        Assert.Contains("value=\"05:30\"", saved, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mock_interview_keeps_the_typed_answer_shows_the_reference_and_reports_per_topic()
    {
        await using var app = new SobesApp(file.FilePath);
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var setup = await client.GetStringAsync("/interview?lang=en");
        using var start = await client.PostAsync("/interview?handler=start", Form(setup, ("count", "2"), ("seconds", "60")));
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var address = start.Headers.Location!.OriginalString;
        for (var i = 0; i < 2; i++)
        {
            var question = await client.GetStringAsync(address);
            Assert.Contains($"Question {i + 1} of 2", question, StringComparison.Ordinal);
            Assert.Contains("id=\"countdown\" data-seconds=\"60\"", question, StringComparison.Ordinal);
            var action = FormAction(question, "answer-form");
            var answered = await (await client.PostAsync(action, Form(question, ("answer", "my typed answer " + i), ("shown", Field(question, "shown"))))).Content.ReadAsStringAsync();
            Assert.Contains("my typed answer " + i, answered, StringComparison.Ordinal);
            Assert.Contains("id=\"reference\"", answered, StringComparison.Ordinal);
            using var graded = await client.PostAsync(FormAction(answered, "grade-form"), Form(answered, ("rating", i == 0 ? "3" : "1"), ("answer", "my typed answer " + i), ("took", Field(answered, "took"))));
            Assert.Equal(HttpStatusCode.Redirect, graded.StatusCode);
            address = graded.Headers.Location!.OriginalString;
        }

        var report = await client.GetStringAsync(address);
        Assert.Contains("Interview report", report, StringComparison.Ordinal);
        Assert.Contains("2 answered, 1 passed", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_stats_page_draws_the_practice_charts()
    {
        await using var app = new SobesApp(file.FilePath);
        var client = app.CreateClient();
        await client.GetStringAsync("/study");
        var html = await client.GetStringAsync("/stats?lang=en");
        Assert.Contains("id=\"heatmap\"", html, StringComparison.Ordinal);
        Assert.Equal(182, HeatCell().Count(html));
        Assert.Contains("id=\"retention\"", html, StringComparison.Ordinal);
        Assert.Equal(30, ForecastBar().Count(html));
        Assert.Contains("<title", html, StringComparison.Ordinal);
        Assert.Contains("class=\"bar-fill\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_answer_whose_stamps_are_hours_apart_is_logged_as_one_hour_like_the_apis_and_the_terminals()
    {
        await using var app = new SobesApp(file.FilePath);
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var page = await client.GetStringAsync("/study?type=flashcard&lang=en");
        var card = CardId(page);
        var shown = DateTimeOffset.UtcNow.AddHours(-5).ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        using var graded = await client.PostAsync("/study?handler=grade", Form(page, ("cardId", card), ("rating", "3"), ("shown", shown), ("type", "flashcard")));

        Assert.Equal(HttpStatusCode.Redirect, graded.StatusCode);
        await using var db = app.Services.GetRequiredService<Sobes.Data.Storage.SobesDatabase>().CreateContext();
        var entry = Assert.Single(db.ReviewLog.ToList());
        Assert.Equal((3_600_000, 3), (entry.DurationMs, entry.Rating));
    }

    [Fact]
    public async Task I_dont_know_on_a_cloze_is_a_wrong_answer_that_suggests_again_and_the_grades_show_their_intervals()
    {
        await using var app = new SobesApp(file.FilePath);
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var page = await client.GetStringAsync("/quiz?type=cloze&lang=en");
        Assert.Contains("name=\"dontKnow\"", page, StringComparison.Ordinal);

        using var response = await client.PostAsync("/quiz?handler=check", Form(page, ("cardId", CardId(page)), ("dontKnow", "true"), ("shown", Field(page, "shown")), ("type", "cloze"), ("mode", "quiz")));
        var result = await response.Content.ReadAsStringAsync();

        Assert.Contains("Wrong.", result, StringComparison.Ordinal);
        Assert.Matches("value=\"1\" class=\"button grade-1 primary suggested\"", result);
        Assert.Equal(4, Regex.Count(result, "<span class=\"interval\">[^<]*\\d+ (min|h|d|mo|y)</span>"));
    }

    [Fact]
    public async Task The_library_says_how_many_cards_are_left_today_and_a_finished_day_offers_to_study_more()
    {
        await using var app = new SobesApp(file.FilePath);
        var client = app.CreateClient();

        var library = await client.GetStringAsync("/?lang=en");
        var done = await client.GetStringAsync("/study?topic=no-such-topic&lang=en");

        Assert.Matches("id=\"due-banner\"><strong>[1-9]\\d* to study today</strong> · <a class=\"button primary\" href=\"/study\">Start</a>", library);
        Assert.Contains("id=\"study-done\"", done, StringComparison.Ordinal);
        Assert.Contains("id=\"study-more\" href=\"/study?topic=no-such-topic&amp;more=10\"", done, StringComparison.Ordinal);
    }

    private static string CardId(string html) => CardAttribute().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("no card on the page");

    private static string Field(string html, string name) =>
        Regex.Match(html, $"name=\"{name}\" value=\"([^\"]*)\"") is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("no field " + name);

    private static string FormAction(string html, string id) =>
        System.Net.WebUtility.HtmlDecode(Regex.Match(html, $"<form[^>]*id=\"{id}\"[^>]*action=\"([^\"]+)\"|<form[^>]*action=\"([^\"]+)\"[^>]*id=\"{id}\"") is { Success: true } m
            ? (m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value) : throw new InvalidOperationException("no form " + id));

    private static FormUrlEncodedContent Form(string page, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create("__csrf", Token().Match(page).Groups[1].Value)));

    [GeneratedRegex("data-card=\"(\\d+)\"")]
    private static partial Regex CardAttribute();

    [GeneratedRegex("name=\"__csrf\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<rect class=\"heat heat-\\d\" x=")]
    private static partial Regex HeatCell();

    [GeneratedRegex("<rect class=\"forecast-bar")]
    private static partial Regex ForecastBar();
}
