using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sobes.Core.Problems;
using Sobes.Testing;
using Sobes.Web.Tests.Infrastructure;

namespace Sobes.Web.Tests.Problems;

public sealed class ProblemsApiTests : IDisposable
{
    private readonly TempSqliteDatabase file = new();

    public void Dispose() => file.Dispose();

    [Fact]
    public async Task The_kinds_list_every_generator_with_both_titles_and_a_topic()
    {
        await using var app = new SobesApp(file.FilePath, sample: false);
        var kinds = await app.CreateClient().GetJsonAsync("/api/v1/problems");
        Assert.Equal(ProblemCatalog.All.Count, kinds.GetArrayLength());
        var roc = kinds.EnumerateArray().Single(k => k.GetProperty("kind").GetString() == "roc-auc");
        Assert.Equal("ROC points and AUC by hand", roc.GetProperty("title_en").GetString());
        Assert.Equal("ROC-кривая и AUC вручную", roc.GetProperty("title_ru").GetString());
        Assert.Equal("metrics", roc.GetProperty("topic").GetString());
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_instance_and_it_carries_no_answers()
    {
        await using var app = new SobesApp(file.FilePath, sample: false);
        var client = app.CreateClient();
        var first = await client.GetJsonAsync("/api/v1/problems/log-loss?seed=42&lang=en");
        var second = await client.GetJsonAsync("/api/v1/problems/log-loss?seed=42&lang=en");
        Assert.Equal(first.GetRawText(), second.GetRawText());
        Assert.Equal(42, first.GetProperty("seed").GetInt32());
        Assert.Equal(ProblemCatalog.Find("log-loss")!.Generate(42, "en").Statement, first.GetProperty("statement").GetString());
        Assert.StartsWith("<svg", first.GetProperty("svg").GetString(), StringComparison.Ordinal);
        Assert.Equal(["a", "b"], first.GetProperty("parts").EnumerateArray().Select(p => p.GetProperty("label").GetString()));
        foreach (var name in new[] { "solution", "answer", "expected" })
        {
            Assert.DoesNotContain(name, first.GetRawText(), StringComparison.OrdinalIgnoreCase);
        }

        var other = await client.GetJsonAsync("/api/v1/problems/log-loss?seed=43&lang=en");
        Assert.NotEqual(first.GetProperty("statement").GetString(), other.GetProperty("statement").GetString());
        var fresh = await client.GetJsonAsync("/api/v1/problems/log-loss");
        Assert.True(fresh.GetProperty("seed").GetInt32() >= 0);
    }

    [Fact]
    public async Task Right_answers_are_accepted_and_a_wrong_one_gets_the_step_it_diverges_at()
    {
        await using var app = new SobesApp(file.FilePath, sample: false);
        var client = app.CreateClient();
        foreach (var generator in ProblemCatalog.All)
        {
            var right = await CheckAsync(client, generator.Kind, 11, ProblemAnswers.Right(generator.Kind, 11));
            Assert.True(right.GetProperty("all_correct").GetBoolean(), generator.Kind + ": " + right.GetRawText());
        }

        var (kind, seed, answers, step) = ProblemAnswers.KnownMistake();
        var wrong = await CheckAsync(client, kind, seed, answers);
        Assert.False(wrong.GetProperty("all_correct").GetBoolean());
        var a = wrong.GetProperty("parts")[0];
        Assert.False(a.GetProperty("correct").GetBoolean());
        Assert.Equal(step, a.GetProperty("first_divergent_step").GetInt32());
        Assert.Equal(wrong.GetProperty("solution")[step - 1].GetString(), a.GetProperty("divergent_step_text").GetString());
        Assert.True(wrong.GetProperty("parts")[1].GetProperty("correct").GetBoolean());
    }

    [Fact]
    public async Task A_problem_solved_in_free_practice_is_recorded_and_counted_once_per_instance()
    {
        await using var app = new SobesApp(file.FilePath, sample: false);
        var client = app.CreateClient();
        var (kind, seed, mistake, _) = ProblemAnswers.KnownMistake();

        await CheckAsync(client, kind, seed, mistake);
        await CheckAsync(client, kind, seed, new Dictionary<string, string>());
        var before = await client.GetJsonAsync("/api/v1/progress");
        Assert.Equal(0, before.GetProperty("solved_problems").GetInt32());

        await CheckAsync(client, kind, seed, ProblemAnswers.Right(kind, seed));
        await CheckAsync(client, kind, seed, ProblemAnswers.Right(kind, seed));
        await CheckAsync(client, kind, seed + 1, ProblemAnswers.Right(kind, seed + 1));

        var after = await client.GetJsonAsync("/api/v1/progress");
        Assert.Equal(2, after.GetProperty("solved_problems").GetInt32());
        var page = await client.GetStringAsync("/problems");
        Assert.Contains("id=\"solved-total\">2 ", page, StringComparison.Ordinal);
        using var database = new Sobes.Data.Storage.SobesDatabase(Sobes.Data.Storage.DatabaseLocation.Sqlite(file.FilePath));
        await using var db = database.CreateContext();
        Assert.Equal([false, true, true, true], db.ProblemAttempts.OrderBy(a => a.Id).Select(a => a.Solved).ToList());
    }

    [Fact]
    public async Task Unknown_kinds_and_unknown_parts_are_problem_details()
    {
        await using var app = new SobesApp(file.FilePath, sample: false);
        var client = app.CreateClient();
        using var missing = await client.GetAsync("/api/v1/problems/no-such-kind?seed=1");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);

        using var part = await client.PostAsJsonAsync("/api/v1/problems/roc-auc/check", new { seed = 7, answers = new Dictionary<string, string> { ["z"] = "1" } });
        Assert.Equal(HttpStatusCode.BadRequest, part.StatusCode);
        Assert.Contains("answers.z", await part.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    internal static async Task<JsonElement> CheckAsync(HttpClient client, string kind, int seed, Dictionary<string, string> answers)
    {
        using var response = await client.PostAsJsonAsync($"/api/v1/problems/{kind}/check", new { seed, answers, language = "en" });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
