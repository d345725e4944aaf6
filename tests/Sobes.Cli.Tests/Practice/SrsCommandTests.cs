using Sobes.Core.Srs;
using Spectre.Console.Testing;

namespace Sobes.Cli.Tests.Practice;

public sealed class SrsCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sobes-srs-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [SkippableFact]
    public async Task Replay_prints_the_scheduler_values_in_the_reference_shape()
    {
        Sobes.Testing.Requirements.SkipUnless(Sobes.Testing.TestPaths.ReferenceFolder is not null, "the shared reference folder (<repo>/../shared/reference) is missing");
        var reference = Path.Combine(Sobes.Testing.TestPaths.ReferenceFolder!, "fsrs", "scheduler-cases.json");

        var (exit, output) = await Run("srs", "replay", reference);

        Assert.Equal(0, exit);
        Assert.Equal(SrsReplay.Replay(await File.ReadAllTextAsync(reference)).Trim(), output.Trim());
        Assert.Contains("\"stability\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_is_named_in_the_error()
    {
        var path = Path.Combine(folder, "absent.json");

        var (exit, output) = await Run("srs", "replay", path);

        Assert.Equal(2, exit);
        Assert.Contains("absent.json", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_rating_is_reported_with_the_file_and_the_case()
    {
        var path = Path.Combine(folder, "bad.json");
        await File.WriteAllTextAsync(path, """{"cases": [{"params": [], "reviews": [{"rating": 9, "delta_t": 0}]}]}""");

        var (exit, output) = await Run("srs", "replay", path);

        Assert.Equal(1, exit);
        Assert.Contains("bad.json", output, StringComparison.Ordinal);
        Assert.Contains("cases[0]", output, StringComparison.Ordinal);
    }

    private static async Task<(int, string)> Run(params string[] args)
    {
        var console = new TestConsole().Width(400);
        var exit = await SobesCli.RunAsync(args, console, TimeProvider.System, TextReader.Null);
        return (exit, console.Output);
    }
}
