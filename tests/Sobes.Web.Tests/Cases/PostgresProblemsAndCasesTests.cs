using System.Net;
using Sobes.Testing;
using Sobes.Web.Tests.Infrastructure;
using Sobes.Web.Tests.Problems;

namespace Sobes.Web.Tests.Cases;

public sealed class PostgresProblemsAndCasesTests(PostgresServer server, CaseDataFolder cases) : IClassFixture<PostgresServer>, IClassFixture<CaseDataFolder>
{
    [SkippableFact]
    public async Task Problems_are_listed_and_checked_on_postgres()
    {
        var connection = await server.CreateDatabaseAsync();
        await using var app = new SobesApp(connection, sample: false, settings: cases.Settings);
        var client = app.CreateClient();
        Assert.True((await client.GetJsonAsync("/api/v1/problems")).GetArrayLength() >= 12);
        var right = await ProblemsApiTests.CheckAsync(client, "bayes-test", 5, ProblemAnswers.Right("bayes-test", 5));
        Assert.True(right.GetProperty("all_correct").GetBoolean());
        var (kind, seed, answers, step) = ProblemAnswers.KnownMistake();
        var wrong = await ProblemsApiTests.CheckAsync(client, kind, seed, answers);
        Assert.Equal(step, wrong.GetProperty("parts")[0].GetProperty("first_divergent_step").GetInt32());
        var html = await client.GetStringAsync("/problems/roc-auc?seed=7&lang=en");
        Assert.Contains("<svg", html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Scored_submissions_are_kept_per_learner_in_postgres_and_a_bad_row_is_named()
    {
        var connection = await server.CreateDatabaseAsync();
        await using var app = new SobesApp(connection, sample: false, settings: cases.Settings);
        var client = app.CreateClient();
        var csv = await CaseFixtures.SubmissionAsync(client, 2);
        using (var response = await client.PostAsync("/api/v1/cases/electrolysis/score?seed=2", CaseFixtures.Upload("pg.csv", csv)))
        {
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }

        using (var bad = await client.PostAsync("/api/v1/cases/electrolysis/score?seed=2", CaseFixtures.Upload("bad.csv", "timestamp,prediction\n2018-10-19 20:00:00,x\n")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Contains("bad.csv: row 2, column 'prediction'", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var history = await client.GetJsonAsync("/api/v1/cases/electrolysis/submissions");
        Assert.Equal(["pg.csv"], history.EnumerateArray().Select(h => h.GetProperty("file_name").GetString()));
        Assert.Contains("pg.csv", await client.GetStringAsync("/cases/electrolysis"), StringComparison.Ordinal);
    }
}
