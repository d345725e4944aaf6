using System.Net;
using Sobes.Core.Problems;
using Sobes.Testing;
using Sobes.Web.Tests.Infrastructure;

namespace Sobes.Web.Tests.Problems;

public sealed class ProblemPagesTests : IDisposable
{
    private readonly TempSqliteDatabase file = new();

    public void Dispose() => file.Dispose();

    [Fact]
    public async Task The_problems_page_lists_every_kind_under_its_topic()
    {
        await using var app = new SobesApp(file.FilePath, sample: false);
        var html = await app.CreateClient().GetStringAsync("/problems?lang=ru");
        foreach (var generator in ProblemCatalog.All)
        {
            Assert.Contains($"href=\"/problems/{generator.Kind}\"", html, StringComparison.Ordinal);
            Assert.Contains(generator.TitleRu, html, StringComparison.Ordinal);
        }

        Assert.Contains("Вероятность", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_problem_page_renders_the_statement_the_plot_and_the_worked_solution()
    {
        await using var app = new SobesApp(file.FilePath, sample: false);
        var client = app.CreateClient();
        var instance = ProblemCatalog.Find("roc-auc")!.Generate(7, "en");
        var html = await client.GetStringAsync("/problems/roc-auc?seed=7&lang=en");
        Assert.Contains("<figure class=\"plot\" id=\"plot\"><svg", html, StringComparison.Ordinal);
        Assert.Contains("<polyline", html, StringComparison.Ordinal);
        Assert.Contains("id=\"solution\"", html, StringComparison.Ordinal);
        Assert.Contains($"id=\"step-{instance.Solution.Count}\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"answers[c]\"", html, StringComparison.Ordinal);
        Assert.Contains(">seed 7<", html, StringComparison.Ordinal);

        var calibration = await client.GetStringAsync("/problems/log-loss?seed=7&lang=en");
        Assert.Contains("<title>Calibration curve</title>", calibration, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_problem_without_a_seed_redirects_to_a_seeded_link_that_reproduces_it()
    {
        await using var app = new SobesApp(file.FilePath, sample: false);
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync("/problems/card-hand");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.Matches("^/problems/card-hand\\?seed=\\d+$", location);
        Assert.Equal(Statement(await client.GetStringAsync(location)), Statement(await client.GetStringAsync(location)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/problems/no-such-kind?seed=1")).StatusCode);
    }

    [Fact]
    public async Task Answers_posted_from_the_page_are_checked_and_a_wrong_one_marks_its_step()
    {
        await using var app = new SobesApp(file.FilePath, sample: false);
        var client = app.CreateClient();
        var (kind, seed, answers, step) = ProblemAnswers.KnownMistake();
        var url = $"/problems/{kind}?seed={seed}&lang=en";

        var wrong = await PostAsync(client, url, answers);
        Assert.Contains("id=\"feedback\"", wrong, StringComparison.Ordinal);
        Assert.Contains($"href=\"#step-{step}\"", wrong, StringComparison.Ordinal);
        Assert.Contains($"<li id=\"step-{step}\" class=\"divergent\">", wrong, StringComparison.Ordinal);
        Assert.Contains("That is FPR", wrong, StringComparison.Ordinal);

        var right = await PostAsync(client, url, ProblemAnswers.Right(kind, seed));
        Assert.Contains("All right.", right, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"divergent\"", right, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_imported_problem_that_matches_a_generator_offers_its_variants()
    {
        await using var app = new SobesApp(file.FilePath);
        var client = app.CreateClient();
        var problems = await client.GetJsonAsync("/api/v1/items?kind=problem&take=50");
        var linked = problems.GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("id").GetInt64())
            .Select(id => (Id: id, Item: client.GetJsonAsync($"/api/v1/items/{id}").Result))
            .First(x => x.Item.GetProperty("generator").ValueKind == System.Text.Json.JsonValueKind.String);
        var generator = linked.Item.GetProperty("generator").GetString();
        var html = await client.GetStringAsync($"/items/{linked.Id}");
        Assert.Contains($"id=\"practise\" href=\"/problems/{generator}\"", html, StringComparison.Ordinal);
    }

    private static string Statement(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "id=\"statement\">([^<]+)<").Groups[1].Value is { Length: > 0 } statement ? statement : throw new Xunit.Sdk.XunitException("no statement");

    private static async Task<string> PostAsync(HttpClient client, string url, Dictionary<string, string> answers)
    {
        var token = await client.AntiforgeryTokenAsync(url);
        var fields = new List<KeyValuePair<string, string>> { new("__csrf", token) };
        fields.AddRange(answers.Select(a => new KeyValuePair<string, string>($"answers[{a.Key}]", a.Value)));
        using var response = await client.PostAsync(url, new FormUrlEncodedContent(fields));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {html}");
        return html;
    }
}
