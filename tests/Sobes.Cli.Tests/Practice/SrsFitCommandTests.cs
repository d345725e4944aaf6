using System.Text.Json;
using Spectre.Console.Testing;

namespace Sobes.Cli.Tests.Practice;

public sealed class SrsFitCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sobes-srs-fit-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [SkippableFact]
    public async Task Fit_prints_the_parameters_and_both_evaluations_as_json()
    {
        Sobes.Testing.Requirements.SkipUnless(Sobes.Testing.TestPaths.ReferenceFolder is not null, "the shared reference folder (<repo>/../shared/reference) is missing");
        var log = Path.Combine(Sobes.Testing.TestPaths.ReferenceFolder!, "fsrs", "revlog-sample.csv");
        var reference = JsonDocument.Parse(await File.ReadAllTextAsync(Path.ChangeExtension(log, ".fit.json"))).RootElement;

        var (exit, output) = await Run("srs", "fit", log);

        Assert.Equal(0, exit);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(9175, json.GetProperty("items").GetInt32());
        Assert.Equal(21, json.GetProperty("params").GetArrayLength());
        Assert.True(json.GetProperty("fit_ms").GetDouble() > 0);
        Assert.True(json.GetProperty("log_loss").GetDouble() <= reference.GetProperty("log_loss").GetDouble());
        Assert.True(json.GetProperty("rmse_bins").GetDouble() < json.GetProperty("default_rmse_bins").GetDouble());
        Assert.Equal(reference.GetProperty("default_log_loss").GetDouble(), json.GetProperty("default_log_loss").GetDouble(), 1e-6);
        Assert.Equal(reference.GetProperty("default_rmse_bins").GetDouble(), json.GetProperty("default_rmse_bins").GetDouble(), 1e-6);
    }

    [Fact]
    public async Task A_bad_row_is_named_by_file_and_line()
    {
        var path = Path.Combine(folder, "log.csv");
        await File.WriteAllTextAsync(path, "card_id,review_time,review_rating,review_state,review_duration\n1,1754644693652,3,0,4507\n1,1754733326496,0,2,4507\n");

        var (exit, output) = await Run("srs", "fit", path, "--json");

        Assert.Equal(1, exit);
        Assert.Contains("log.csv:3: review_rating 0 is not 1–4.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_day_start_that_is_not_a_time_of_day_is_refused()
    {
        var path = Path.Combine(folder, "log.csv");
        await File.WriteAllTextAsync(path, "card_id,review_time,review_rating,review_state,review_duration\n");

        var (exit, output) = await Run("srs", "fit", path, "--day-start", "25:00");

        Assert.Equal(2, exit);
        Assert.Contains("--day-start '25:00'", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_log_too_short_to_fit_is_reported_not_fitted()
    {
        var path = Path.Combine(folder, "short.csv");
        await File.WriteAllTextAsync(path, "card_id,review_time,review_rating,review_state,review_duration\n1,1754644693652,3,0,4507\n1,1754816569797,3,2,4507\n");

        var (exit, output) = await Run("srs", "fit", path);

        Assert.Equal(1, exit);
        Assert.Contains("too few reviews", output, StringComparison.Ordinal);
    }

    private static async Task<(int, string)> Run(params string[] args)
    {
        var console = new TestConsole().Width(400);
        var exit = await SobesCli.RunAsync(args, console, TimeProvider.System, TextReader.Null);
        return (exit, console.Output);
    }
}
