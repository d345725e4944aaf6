using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sobes.Testing;
using Sobes.Web.Tests.Infrastructure;

namespace Sobes.Web.Tests.Study;

public sealed partial class SchedulerSettingsTests : IDisposable
{
    private readonly TempSqliteDatabase file = new();

    public void Dispose() => file.Dispose();

    [Fact]
    public async Task Optimize_on_settings_shows_the_before_and_after_figures_and_reschedules_on_request()
    {
        await using var app = new SobesApp(file.FilePath);
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var page = await client.GetStringAsync("/settings?lang=en");
        Assert.Contains("How well the schedule predicts you", page, StringComparison.Ordinal);
        Assert.Contains("id=\"optimize\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"optimize-offer\"", page, StringComparison.Ordinal);

        using var optimized = await client.PostAsync("/settings?handler=optimize", Form(page, ("Reschedule", "true")));

        Assert.Equal(HttpStatusCode.OK, optimized.StatusCode);
        var result = await optimized.Content.ReadAsStringAsync();
        Assert.Contains("id=\"optimized\"", result, StringComparison.Ordinal);
        Assert.Contains("The new parameters were not better; the current ones stay.", result, StringComparison.Ordinal);
        Assert.Contains("0 cards rescheduled.", result, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulate_on_settings_draws_workload_and_knowledge_for_each_retention_and_names_the_cheapest()
    {
        await using var app = new SobesApp(file.FilePath);
        var client = app.CreateClient();
        var page = await client.GetStringAsync("/settings?lang=en");
        Assert.Contains("id=\"simulate\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"simulation\"", page, StringComparison.Ordinal);

        var simulated = await client.GetStringAsync("/settings?handler=Simulate&lang=en");

        Assert.Contains("id=\"workload-line\"", simulated, StringComparison.Ordinal);
        Assert.Contains("id=\"knowledge-line\"", simulated, StringComparison.Ordinal);
        var rows = Regex.Matches(simulated, "<tr><td>(0\\.\\d\\d)</td><td>([0-9.]+)</td><td>([0-9]+)</td></tr>");
        Assert.Equal(["0.70", "0.75", "0.80", "0.85", "0.90", "0.95"], rows.Select(m => m.Groups[1].Value));
        var minutes = rows.Select(m => double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(minutes[^1] > minutes[0], "a higher retention costs more minutes a day");
        Assert.Matches(@"Least time per remembered card at a desired retention of 0\.(7\d|8\d|9[0-5])\.", simulated);
    }

    [Fact]
    public async Task Easy_days_and_load_balancing_are_saved_and_shown()
    {
        await using var app = new SobesApp(file.FilePath);
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var page = await client.GetStringAsync("/settings?lang=en");
        Assert.Matches(BalanceChecked(), page);

        using var saved = await client.PostAsync("/settings?handler=balancing", Form(page, ("Balance", "false"), ("EasyDays", "Saturday"), ("EasyDays", "Sunday")));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await client.GetStringAsync("/settings?lang=en");
        Assert.DoesNotMatch(BalanceChecked(), after);
        Assert.Matches(EasyDayChecked("Saturday"), after);
        Assert.Matches(EasyDayChecked("Sunday"), after);
        Assert.DoesNotMatch(EasyDayChecked("Monday"), after);
    }

    [Fact]
    public async Task Progress_in_the_api_has_a_prediction_key()
    {
        await using var app = new SobesApp(file.FilePath);
        var client = app.CreateClient();

        var progress = await client.GetJsonAsync("/api/v1/progress");

        Assert.True(progress.TryGetProperty("prediction", out var prediction));
        Assert.Equal(JsonValueKind.Null, prediction.ValueKind);
    }

    private static FormUrlEncodedContent Form(string page, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create("__csrf", Token().Match(page).Groups[1].Value)));

    private static Regex EasyDayChecked(string day) => new($"name=\"EasyDays\" value=\"{day}\" checked=\"checked\"");

    [GeneratedRegex("name=\"Balance\" value=\"true\" checked=\"checked\"")]
    private static partial Regex BalanceChecked();

    [GeneratedRegex("name=\"__csrf\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
