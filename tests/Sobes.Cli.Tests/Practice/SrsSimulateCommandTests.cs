using System.Text.Json;
using Spectre.Console.Testing;

namespace Sobes.Cli.Tests.Practice;

public sealed class SrsSimulateCommandTests
{
    [Fact]
    public async Task Simulate_prints_workload_knowledge_and_the_optimal_retention_as_json()
    {
        var (exit, output) = await Run("srs", "simulate", "--json", "--retention", "0.85", "--new-per-day", "5", "--review-limit", "30", "--days", "60");

        Assert.Equal(0, exit);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(0.85, json.GetProperty("retention").GetDouble());
        Assert.Equal(30, json.GetProperty("review_limit").GetInt32());
        Assert.Equal(60, json.GetProperty("daily").GetArrayLength());
        Assert.Equal(300, json.GetProperty("total_new_cards").GetInt32());
        Assert.All(json.GetProperty("daily").EnumerateArray(), d => Assert.InRange(d.GetProperty("reviews").GetInt32(), 0, 30));
        Assert.Equal(6, json.GetProperty("by_retention").GetArrayLength());
        Assert.InRange(json.GetProperty("optimal_retention").GetDouble(), 0.70, 0.95);
    }

    [Fact]
    public async Task Simulate_takes_parameters_separated_by_commas()
    {
        var parameters = "0.2,1.3,2.3,8.3,6.4,0.83,3.0,0.001,1.87,0.17,0.8,1.48,0.06,0.26,1.65,0.6,1.87,0.54,0.09,0.07,0.15";

        var (exit, output) = await Run("srs", "simulate", "--json", "--params", parameters, "--days", "30", "--new-per-day", "3");

        Assert.Equal(0, exit);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(0.15, json.GetProperty("params")[20].GetDouble());
    }

    [Theory]
    [InlineData("--retention", "0.5", "--retention 0.5 is outside")]
    [InlineData("--params", "1,2,3", "--params: FSRS-6 takes 21 parameters")]
    [InlineData("--days", "0", "--days 0 is outside")]
    public async Task Bad_settings_are_refused_with_the_option_named(string option, string value, string error)
    {
        var (exit, output) = await Run("srs", "simulate", option, value);

        Assert.Equal(2, exit);
        Assert.Contains(error, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_json_it_prints_a_table_by_retention()
    {
        var (exit, output) = await Run("srs", "simulate", "--days", "30", "--new-per-day", "3");

        Assert.Equal(0, exit);
        Assert.Contains("s per remembered card", output, StringComparison.Ordinal);
        Assert.Contains("least time per remembered card at retention", output, StringComparison.Ordinal);
    }

    private static async Task<(int, string)> Run(params string[] args)
    {
        var console = new TestConsole().Width(400);
        var exit = await SobesCli.RunAsync(args, console, TimeProvider.System, TextReader.Null);
        return (exit, console.Output);
    }
}
