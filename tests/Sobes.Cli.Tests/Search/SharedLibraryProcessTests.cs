using System.Diagnostics;
using System.Text.Json;
using Sobes.Data.Search;
using Sobes.Data.Storage;
using Sobes.Testing.Exports;
using Sobes.Testing;

namespace Sobes.Cli.Tests.Search;

/// <summary>
/// Several `sobes` processes on one SQLite library, sharing its index folder, while this test process holds the index
/// and follows the database in the background (as the web app does).
/// </summary>
public sealed class SharedLibraryProcessTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);
    private readonly TempSqliteDatabase database = new();
    private readonly string dir = Directory.CreateTempSubdirectory("sobes-shared-").FullName;

    private static string SobesDll => Path.Combine(AppContext.BaseDirectory, "sobes.dll");

    [Fact]
    public async Task Two_imports_at_once_in_two_processes_both_commit_and_both_are_found()
    {
        var first = Export("first.json", 1500, seed: 1);
        var second = Export("second.json", 1500, seed: 2);
        await RunAsync("import", "--sample", "--db", database.FilePath);

        var runs = await Task.WhenAll(RunAsync("import", first, "--json", "--db", database.FilePath), RunAsync("import", second, "--json", "--db", database.FilePath));

        Assert.All(runs, r => Assert.True(r.Exit == 0, r.Output + r.Error));
        Assert.All(runs, r => Assert.True(JsonDocument.Parse(r.Output).RootElement[0].GetProperty("committed").GetBoolean(), r.Output));
        using var library = new SobesDatabase(DatabaseLocation.Sqlite(database.FilePath));
        await using var db = library.CreateContext();
        Assert.Equal(db.Items.Count(), await library.Search.CountAsync());
    }

    [Fact]
    public async Task An_import_in_another_process_is_found_here_and_by_a_search_in_a_third_process()
    {
        using var library = new SobesDatabase(DatabaseLocation.Sqlite(database.FilePath));
        await library.MigrateAsync();
        Assert.Empty((await library.Search.SearchAsync(new SearchQuery("регуляризация", null))).Hits);
        using var stop = new CancellationTokenSource();
        var following = library.Search.FollowLoopAsync(TimeSpan.FromMilliseconds(200), e => Assert.Fail(e.ToString()), stop.Token);
        var file = Path.Combine(dir, "one.txt");
        await File.WriteAllTextAsync(file, "Что такое регуляризация?\n\nДобавка к функции потерь, которая штрафует большие веса и уменьшает переобучение модели.\n");

        var import = await RunAsync("import", file, "--db", database.FilePath);
        var search = await RunAsync("search", "регуляризации", "--json", "--db", database.FilePath);

        Assert.True(import.Exit == 0, import.Output + import.Error);
        Assert.Contains("imported:", import.Output, StringComparison.Ordinal);
        Assert.True(search.Exit == 0, search.Output + search.Error);
        Assert.Equal(1, JsonDocument.Parse(search.Output).RootElement.GetProperty("total").GetInt32());
        Assert.Single((await library.Search.SearchAsync(new SearchQuery("регуляризация", null))).Hits);
        await stop.CancelAsync();
        await following;
    }

    [Fact]
    public async Task An_import_in_another_process_leaves_the_index_to_the_process_that_writes_it()
    {
        using var library = new SobesDatabase(DatabaseLocation.Sqlite(database.FilePath));
        await library.MigrateAsync();
        Assert.Equal(0, await library.Search.CountAsync()); // this process now writes the index
        var stamp = CommittedStamp(library.Search.Directory);
        var file = Path.Combine(dir, "one.txt");
        await File.WriteAllTextAsync(file, "Что такое регуляризация?\n\nДобавка к функции потерь, которая штрафует большие веса и уменьшает переобучение модели.\n");

        var import = await RunAsync("import", file, "--db", database.FilePath);

        Assert.True(import.Exit == 0, import.Output + import.Error);
        Assert.Equal(stamp, CommittedStamp(library.Search.Directory));
        Assert.Single((await library.Search.SearchAsync(new SearchQuery("регуляризация", null))).Hits);
    }

    public void Dispose()
    {
        database.Dispose();
        Directory.Delete(dir, true);
    }

    // What the folder's last commit records (the stamp), as any process opening it reads it.
    private static string CommittedStamp(string folder)
    {
        using var files = Lucene.Net.Store.FSDirectory.Open(folder);
        using var reader = Lucene.Net.Index.DirectoryReader.Open(files);
        return string.Join(';', reader.IndexCommit.UserData.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value));
    }

    private string Export(string name, int messages, int seed)
    {
        var path = Path.Combine(dir, name);
        using var file = File.Create(path);
        TelegramExportGenerator.Write(file, messages, seed, distinct: true);
        return path;
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [SobesDll, .. args]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Patience);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
