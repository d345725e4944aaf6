using System.Text.Json;
using Spectre.Console.Testing;

namespace Sobes.Cli.Tests.Practice;

public sealed class SrsOptimizeCommandTests
{
    [Fact]
    public async Task Optimize_prints_the_figures_before_and_after_and_whether_the_fit_was_kept_as_json()
    {
        using var cli = await PracticeCli.CreateAsync();

        var (exit, output) = await cli.RunAsync(new TestConsole(), "srs", "optimize", "--json", "--reschedule");

        Assert.Equal(0, exit);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal("local", json.GetProperty("learner").GetString());
        Assert.Equal(0, json.GetProperty("reviews").GetInt32());
        Assert.False(json.GetProperty("kept").GetBoolean());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("before").ValueKind);
        Assert.Equal(21, json.GetProperty("params").GetArrayLength());
        Assert.Equal(0, json.GetProperty("rescheduled").GetInt32());
    }

    [Fact]
    public async Task Optimize_for_an_unknown_learner_names_them_and_fails()
    {
        using var cli = await PracticeCli.CreateAsync();

        var (exit, output) = await cli.RunAsync(new TestConsole(), "srs", "optimize", "--learner", "nobody");

        Assert.Equal(2, exit);
        Assert.Contains("no learner named 'nobody'", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_json_gains_a_prediction_key_and_keeps_progress()
    {
        using var cli = await PracticeCli.CreateAsync();

        var (exit, output) = await cli.RunAsync(new TestConsole(), "progress", "--json");

        Assert.Equal(0, exit);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(JsonValueKind.Object, json.GetProperty("progress").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("prediction").ValueKind);
    }
}
