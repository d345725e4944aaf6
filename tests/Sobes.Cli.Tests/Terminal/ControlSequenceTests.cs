using Sobes.Testing;

namespace Sobes.Cli.Tests.Terminal;

/// <summary>Text from imported files never reaches the terminal as control sequences (a title could clear the screen or retitle the window).</summary>
public sealed class ControlSequenceTests : IDisposable
{
    private readonly TempSqliteDatabase database = new();
    private readonly string dir = Directory.CreateTempSubdirectory("sobes-escapes-").FullName;

    public void Dispose()
    {
        database.Dispose();
        Directory.Delete(dir, true);
    }

    [Fact]
    public async Task A_channel_title_with_escape_sequences_is_printed_without_them_by_import_list_and_search()
    {
        var file = Path.Combine(dir, "evil.json");
        await File.WriteAllTextAsync(file, """
            {"name": "Evil\u001b]0;pwned\u0007\u001b[2J channel\u009b31m", "type": "public_channel", "id": 7, "messages": [
              {"id": 1, "type": "message", "date": "2025-03-01T10:00:00", "date_unixtime": "1741000000", "from": "Evil", "text": "Что такое регуляризация?\n\nШтраф \u001b[31mза большие веса\u001b[0m, который уменьшает переобучение модели."}
            ]}
            """);

        var import = await CliRun.RunAsync("import", file, "--db", database.FilePath);
        var list = await CliRun.RunAsync("list", "--db", database.FilePath);
        var search = await CliRun.RunAsync("search", "регуляризация", "--db", database.FilePath);

        Assert.Equal(0, import.Exit);
        Assert.Contains("Evil]0;pwned", import.Output.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        foreach (var output in new[] { import.Output, list.Output, search.Output })
        {
            Assert.DoesNotContain('\u001b', output);
            Assert.DoesNotContain('\u0007', output);
            Assert.DoesNotContain('\u009b', output);
        }
    }
}
