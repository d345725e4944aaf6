using System.Text.Json;
using Sobes.Testing;

namespace Sobes.Cli.Tests.Problems;

public sealed class ProblemsAndMetricsCommandsTests
{
    [Fact]
    public async Task Problems_list_names_at_least_twelve_kinds()
    {
        var (exit, output) = await CliRun.RunAsync("problems", "list", "--json");

        Assert.Equal(0, exit);
        Assert.True(JsonDocument.Parse(output).RootElement.GetArrayLength() >= 12);
    }

    [Fact]
    public async Task A_problem_with_its_expected_answers_checks_as_right()
    {
        var (_, json) = await CliRun.RunAsync("problems", "new", "card-hand", "--seed", "7", "--lang", "en", "--json");
        var parts = JsonDocument.Parse(json).RootElement.GetProperty("parts").EnumerateArray()
            .Select(p => "--answer=" + p.GetProperty("label").GetString() + "=" + p.GetProperty("expected").GetString()).ToArray();

        var (exit, output) = await CliRun.RunAsync(["problems", "new", "card-hand", "--seed", "7", "--lang", "en", "--json", .. parts]);

        Assert.Equal(0, exit);
        Assert.All(JsonDocument.Parse(output).RootElement.GetProperty("check").EnumerateArray(), p => Assert.True(p.GetProperty("correct").GetBoolean()));
    }

    [Fact]
    public async Task A_wrong_answer_exits_non_zero_and_shows_the_solution()
    {
        var (exit, output) = await CliRun.RunAsync("problems", "new", "confusion-metrics", "--seed", "3", "--lang", "ru", "--answer", "a=12345");

        Assert.Equal(1, exit);
        Assert.Contains("wrong", output, StringComparison.Ordinal);
        Assert.Contains("Solution", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_kind_is_refused_with_the_known_ones()
    {
        var (exit, output) = await CliRun.RunAsync("problems", "new", "astrology");

        Assert.Equal(2, exit);
        Assert.Contains("card-hand", output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Metrics_reproduces_the_reference_file_shape()
    {
        Requirements.SkipUnless(TestPaths.ReferenceFolder is not null, "../shared/reference is missing");
        var path = Path.Combine(TestPaths.ReferenceFolder!, "sklearn", "metrics-cases.json");

        var (exit, output) = await CliRun.RunAsync("metrics", path);

        Assert.Equal(0, exit);
        using var ours = JsonDocument.Parse(output);
        using var reference = JsonDocument.Parse(await File.ReadAllTextAsync(path));
        Assert.Equal(reference.RootElement.ValueKind, ours.RootElement.ValueKind);
    }

    [Fact]
    public async Task Metrics_on_a_missing_file_names_it()
    {
        var (exit, output) = await CliRun.RunAsync("metrics", "/no/such/cases.json");

        Assert.Equal(2, exit);
        Assert.Contains("/no/such/cases.json", output, StringComparison.Ordinal);
    }
}
