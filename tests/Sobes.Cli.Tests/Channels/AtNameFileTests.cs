using System.Text.Json;
using Sobes.Testing;

namespace Sobes.Cli.Tests.Channels;

/// <summary>Changes the working folder, so it runs alone.</summary>
[CollectionDefinition(nameof(WorkingFolder), DisableParallelization = true)]
public sealed class WorkingFolder;

[Collection(nameof(WorkingFolder))]
public sealed class AtNameFileTests : IDisposable
{
    private readonly TempSqliteDatabase database = new();
    private readonly string folder = Directory.CreateTempSubdirectory("sobes-at-").FullName;

    public void Dispose()
    {
        database.Dispose();
        Directory.Delete(folder, true);
    }

    [Fact]
    public async Task An_existing_file_named_like_a_channel_is_imported_as_the_file()
    {
        await File.WriteAllTextAsync(Path.Combine(folder, "@fixture_notes"), "Что такое дропаут?\n\nСлучайное отключение нейронов при обучении, которое мешает сети запоминать обучающую выборку.\n");
        var previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(folder);
        try
        {
            var (exit, output) = await CliRun.RunAsync("import", "@fixture_notes", "--json", "--db", database.FilePath);

            Assert.Equal(0, exit);
            using var doc = JsonDocument.Parse(output);
            var summary = doc.RootElement[0];
            Assert.Equal(1, summary.GetProperty("items_new").GetInt32());
            Assert.Equal(0, summary.GetProperty("pages_fetched").GetInt32());
            Assert.Equal("@fixture_notes", summary.GetProperty("sources")[0].GetProperty("path").GetString());
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }
    }
}
