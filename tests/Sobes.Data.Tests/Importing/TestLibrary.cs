using Microsoft.Extensions.Time.Testing;
using Sobes.Data.Importing;
using Sobes.Data.Search;
using Sobes.Data.Storage;
using Sobes.Testing;

namespace Sobes.Data.Tests.Importing;

/// <summary>A fresh library on a real database of the named provider, with its own index folder.</summary>
internal sealed class TestLibrary : IAsyncDisposable
{
    private readonly TempSqliteDatabase? sqlite;

    private TestLibrary(SobesDatabase database, TempSqliteDatabase? sqlite)
    {
        Database = database;
        this.sqlite = sqlite;
        Importer = new LibraryImporter(database, new FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero)));
    }

    public SobesDatabase Database { get; }

    public LibraryImporter Importer { get; }

    public static async Task<TestLibrary> CreateAsync(string provider, PostgresServer postgres)
    {
        if (provider == "postgres")
        {
            var connection = await postgres.CreateDatabaseAsync();
            var location = DatabaseLocation.Postgres(connection);
            if (Directory.Exists(location.IndexDirectory))
            {
                Directory.Delete(location.IndexDirectory, true);
            }

            return new TestLibrary(await SobesDatabase.OpenAsync(location), null);
        }

        var file = new TempSqliteDatabase();
        return new TestLibrary(await SobesDatabase.OpenAsync(DatabaseLocation.Sqlite(file.FilePath)), file);
    }

    public SobesDbContext Context() => Database.CreateContext();

    /// <summary>Searches the library's index, as the web app and the CLI do.</summary>
    public Task<SearchResults> SearchAsync(string words, SearchFilter? filter = null) =>
        Database.Search.SearchAsync(new SearchQuery(words, filter));

    public Task<int> IndexCountAsync() => Database.Search.CountAsync();

    public async ValueTask DisposeAsync()
    {
        Database.Dispose();
        if (Database.Location.Provider == DatabaseProvider.Postgres && Directory.Exists(Database.Location.IndexDirectory))
        {
            Directory.Delete(Database.Location.IndexDirectory, true);
        }

        sqlite?.Dispose();
        await Task.CompletedTask;
    }
}

/// <summary>Small files written by the tests themselves.</summary>
internal static class Fixtures
{
    public static string Write(string directory, string name, string content)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    public static string TelegramExport(params (int Id, string Text)[] messages)
    {
        var items = messages.Select(m => $$"""{"id": {{m.Id}}, "type": "message", "date": "2025-03-0{{(m.Id % 9) + 1}}T10:00:00", "date_unixtime": "17410{{m.Id:D5}}", "from": "Test channel", "text": {{System.Text.Json.JsonSerializer.Serialize(m.Text)}}}""");
        return $$"""{"name": "Test channel", "type": "public_channel", "id": 42, "messages": [{{string.Join(",\n", items)}}]}""";
    }
}
