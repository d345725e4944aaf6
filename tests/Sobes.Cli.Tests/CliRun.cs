using Microsoft.Extensions.Time.Testing;
using Spectre.Console.Testing;

namespace Sobes.Cli.Tests;

/// <summary>Runs the `sobes` command in-process against a TestConsole.</summary>
internal static class CliRun
{
    public static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var console = new TestConsole().Width(200);
        var exit = await SobesCli.RunAsync(args, console, new FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero)), TextReader.Null);
        return (exit, console.Output);
    }
}
