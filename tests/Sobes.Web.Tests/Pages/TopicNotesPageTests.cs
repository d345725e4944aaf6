using System.Net;
using Sobes.Testing;
using Sobes.Web.Tests.Infrastructure;

namespace Sobes.Web.Tests.Pages;

public sealed class TopicNotesPageTests : IDisposable
{
    private readonly TempSqliteDatabase file = new();

    public void Dispose() => file.Dispose();

    [Fact]
    public async Task A_topics_study_sheet_lists_its_answered_questions_with_numbered_sources()
    {
        await using var app = new SobesApp(file.FilePath);
        var client = app.CreateClient();

        var library = await client.GetStringAsync("/?topic=metrics&lang=en");
        var html = await client.GetStringAsync("/topics/metrics/notes?lang=en");

        Assert.Contains("href=\"/topics/metrics/notes\"", library, StringComparison.Ordinal);
        Assert.Contains("<h1>Study notes: Metrics</h1>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"sheet-entry\"", html, StringComparison.Ordinal);
        Assert.Contains("<ol class=\"sheet-sources\">", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#source-1\"", html, StringComparison.Ordinal);
        Assert.Contains("@media print", await client.GetStringAsync("/css/notes.css"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_topic_is_not_found()
    {
        await using var app = new SobesApp(file.FilePath);

        var response = await app.CreateClient().GetAsync("/topics/astrology/notes");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
