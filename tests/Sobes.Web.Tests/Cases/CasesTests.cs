using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Sobes.Cases.Electrolysis.Files;
using Sobes.Cases.Electrolysis.Generation;
using Sobes.Data.Storage;
using Sobes.Testing;
using Sobes.Web.Cases;
using Sobes.Web.Tests.Infrastructure;

namespace Sobes.Web.Tests.Cases;

public sealed class CasesTests(CaseDataFolder cases) : IClassFixture<CaseDataFolder>, IDisposable
{
    private const long Seed = 2;
    private readonly TempSqliteDatabase file = new();

    public void Dispose() => file.Dispose();

    [Fact]
    public async Task The_data_of_a_seed_downloads_as_a_zip_of_the_files_the_cli_writes()
    {
        await using var app = new SobesApp(file.FilePath, sample: false, settings: cases.Settings);
        using var response = await app.CreateClient().GetAsync($"/api/v1/cases/electrolysis/data?seed={Seed}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"electrolysis-seed-{Seed}.zip", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);

        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        string[] expected =
        [
            CaseFiles.Sensors, CaseFiles.DoseMasses, CaseFiles.Target, $"{CaseFiles.LaterFolder}/{CaseFiles.Sensors}",
            $"{CaseFiles.LaterFolder}/{CaseFiles.DoseMasses}", $"{CaseFiles.LaterFolder}/{CaseFiles.Target}", CaseFiles.Template, "TASK.ru.md", "TASK.en.md",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        using var task = new StreamReader(zip.GetEntry("TASK.en.md")!.Open());
        Assert.Equal(CaseTaskText.Markdown(Seed, "en"), await task.ReadToEndAsync());
        using var sensors = new StreamReader(zip.GetEntry(CaseFiles.Sensors)!.Open());
        Assert.True(CaseFiles.ReadSensors(CaseFiles.Sensors, sensors).Ok);
    }

    [Fact]
    public async Task Scoring_an_upload_gives_the_cli_figures_and_lands_in_the_learners_history()
    {
        await using var app = new SobesApp(file.FilePath, sample: false, settings: cases.Settings);
        var client = app.CreateClient();
        var csv = await CaseFixtures.SubmissionAsync(client, Seed);

        using var response = await client.PostAsync($"/api/v1/cases/electrolysis/score?seed={Seed}", CaseFixtures.Upload("predictions.csv", csv));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        var json = JsonDocument.Parse(text).RootElement;

        var (submission, models, floor) = CaseFixtures.CliFigures(Seed, csv);
        var scored = json.GetProperty("submission");
        Assert.Equal(submission.Count, scored.GetProperty("count").GetInt32());
        Assert.Equal(submission.Mae, scored.GetProperty("mae").GetDouble());
        Assert.Equal(submission.Rmse, scored.GetProperty("rmse").GetDouble());
        Assert.Equal(submission.R2, scored.GetProperty("r2").GetDouble());
        Assert.Equal(submission.Coverage, scored.GetProperty("coverage").GetDouble());
        Assert.Equal(floor, json.GetProperty("noise_floor_mae").GetDouble());
        Assert.Equal(models.Select(m => (m.Model, m.Mae, m.Coverage)),
            json.GetProperty("models").EnumerateArray().Select(m => (m.GetProperty("model").GetString()!, m.GetProperty("mae").GetDouble(),
                m.GetProperty("coverage").ValueKind == JsonValueKind.Null ? (double?)null : m.GetProperty("coverage").GetDouble())));

        var token = await client.AntiforgeryTokenAsync($"/cases/electrolysis?seed={Seed}");
        using var page = await client.PostAsync($"/cases/electrolysis?seed={Seed}&lang=en", CaseFixtures.Upload("second.csv", csv, token, Seed));
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.IsSuccessStatusCode, html);
        Assert.Contains("id=\"score\"", html, StringComparison.Ordinal);
        Assert.Contains(submission.Mae.ToString("F3", CultureInfo.InvariantCulture), html, StringComparison.Ordinal);
        Assert.Contains("reference (linear", html, StringComparison.Ordinal);
        Assert.Contains(floor.ToString("F3", CultureInfo.InvariantCulture), html, StringComparison.Ordinal);

        var history = await client.GetJsonAsync("/api/v1/cases/electrolysis/submissions");
        Assert.Equal(["second.csv", "predictions.csv"], history.EnumerateArray().Select(h => h.GetProperty("file_name").GetString()));
        Assert.All(history.EnumerateArray(), h => Assert.Equal(Seed, h.GetProperty("seed").GetInt64()));
        var again = await client.GetStringAsync("/cases/electrolysis?lang=en");
        Assert.Contains("second.csv", again, StringComparison.Ordinal);
        Assert.Contains("predictions.csv", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_upload_names_the_column_and_the_row()
    {
        await using var app = new SobesApp(file.FilePath, sample: false, settings: cases.Settings);
        var client = app.CreateClient();
        const string csv = "timestamp,prediction\n2018-10-19 20:00:00,2.9\n2018-10-20 20:00:00,abc\n";

        using var response = await client.PostAsync($"/api/v1/cases/electrolysis/score?seed={Seed}", CaseFixtures.Upload("bad.csv", csv));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty("bad.csv: row 3, column 'prediction'", out _), problem.GetRawText());

        var token = await client.AntiforgeryTokenAsync("/cases/electrolysis");
        using var page = await client.PostAsync("/cases/electrolysis?lang=en", CaseFixtures.Upload("bad.csv", csv, token, Seed));
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("data-row=\"3\" data-column=\"prediction\"", html, StringComparison.Ordinal);
        Assert.Contains("&#x27;abc&#x27; is not a number", html, StringComparison.Ordinal);
        Assert.Equal(0, (await client.GetJsonAsync("/api/v1/cases/electrolysis/submissions")).GetArrayLength());
    }

    [Fact]
    public async Task A_score_posted_from_another_site_is_refused_and_records_nothing()
    {
        await using var app = new SobesApp(file.FilePath, sample: false, settings: cases.Settings);
        var client = app.CreateClient();
        const string csv = "timestamp,prediction\n2018-10-19 20:00:00,2.9\n";

        foreach (var (header, value) in new[] { ("Origin", "https://elsewhere.example"), ("Sec-Fetch-Site", "cross-site"), ("Sec-Fetch-Site", "same-site") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/cases/electrolysis/score?seed={Seed}") { Content = CaseFixtures.Upload("x.csv", csv) };
            request.Headers.Add(header, value);
            using var refused = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using var sameSite = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/cases/electrolysis/score?seed={Seed}") { Content = CaseFixtures.Upload("x.csv", csv) };
        sameSite.Headers.Add("Origin", client.BaseAddress!.GetLeftPart(UriPartial.Authority));
        sameSite.Headers.Add("Sec-Fetch-Site", "same-origin");
        using var checkedFile = await client.SendAsync(sameSite);
        Assert.Equal(HttpStatusCode.BadRequest, checkedFile.StatusCode);
        Assert.Equal(0, (await client.GetJsonAsync("/api/v1/cases/electrolysis/submissions")).GetArrayLength());
    }

    [Fact]
    public async Task Only_the_most_recently_used_seeds_stay_on_disk()
    {
        var folder = Directory.CreateTempSubdirectory("sobes-cases-kept-").FullName;
        try
        {
            var root = Directory.CreateDirectory(Path.Combine(folder, "electrolysis")).FullName;
            var old = Directory.CreateDirectory(Path.Combine(root, "seed-100")).FullName;
            var recent = Directory.CreateDirectory(Path.Combine(root, "seed-101")).FullName;
            File.WriteAllText(Path.Combine(old, "data.zip"), "stale");
            Directory.SetLastWriteTimeUtc(old, DateTime.UtcNow.AddDays(-2));
            Directory.SetLastWriteTimeUtc(recent, DateTime.UtcNow.AddDays(-1));
            var configuration = new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["Sobes:CaseData"] = folder, ["Sobes:CaseSeedsKept"] = "2" }).Build();
            var lab = new ElectrolysisLab(configuration, new SobesDatabase(DatabaseLocation.Sqlite(file.FilePath)), NullLogger<ElectrolysisLab>.Instance);

            var zip = await lab.DataZipAsync(7, CancellationToken.None);

            Assert.True(File.Exists(zip));
            Assert.Equal(["seed-101", "seed-7"], Directory.GetDirectories(root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_prediction_service_answers_a_value_inside_its_interval_and_names_a_bad_column()
    {
        await using var app = new SobesApp(file.FilePath, sample: false, settings: cases.Settings);
        var client = app.CreateClient();
        var generated = ElectrolysisGenerator.Generate(new CaseOptions(3, TrainDays: 30, HiddenDays: 5));

        var first = client.PostAsync("/api/v1/cases/electrolysis/predict", Json(CaseFixtures.PredictBody(generated, 300)));
        // The model trains for seconds on a pool thread; meanwhile other requests are served.
        var problems = await client.GetJsonAsync("/api/v1/problems");
        Assert.True(problems.GetArrayLength() > 0);
        Assert.False(first.IsCompleted, "the prediction answered before the model could have trained");

        using var response = await first;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        var prediction = JsonDocument.Parse(text).RootElement;
        var (value, lower, upper) = (prediction.GetProperty("percentage").GetDouble(), prediction.GetProperty("lower").GetDouble(), prediction.GetProperty("upper").GetDouble());
        Assert.InRange(value, lower, upper);
        Assert.True(upper > lower);
        Assert.InRange(value, 0.5, 8);
        Assert.Equal(generated.HiddenSensors.Times[^1].ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), prediction.GetProperty("time").GetString());

        var spoiled = CaseFixtures.PredictBody(generated, 300, rows => rows[5]["Обратная ЭДС"] = "high");
        using var bad = await client.PostAsync("/api/v1/cases/electrolysis/predict", Json(spoiled));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await bad.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty("rows[5].Обратная ЭДС", out _), problem.GetRawText());

        var unknown = CaseFixtures.PredictBody(generated, 10, rows => rows[0]["Noise"] = 1.0);
        using var unknownColumn = await client.PostAsync("/api/v1/cases/electrolysis/predict", Json(unknown));
        Assert.Equal(HttpStatusCode.BadRequest, unknownColumn.StatusCode);
        Assert.Contains("rows[0].Noise", await unknownColumn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
