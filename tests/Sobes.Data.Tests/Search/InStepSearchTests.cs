using Lucene.Net.Store;
using Microsoft.Extensions.Time.Testing;
using Sobes.Data.Importing;
using Sobes.Data.Search;
using Sobes.Data.Storage;
using Sobes.Data.Tests.Importing;
using Sobes.Testing;

namespace Sobes.Data.Tests.Search;

/// <summary>
/// A process whose first use of the index is a search, on an index already in step with the library (a short
/// `sobes search`): it reads the last commit and leaves Lucene's writer to whoever needs it.
/// </summary>
public sealed class InStepSearchTests : IDisposable
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly TempSqliteDatabase file = new();

    private const string Bagging = "Что такое бэггинг в машинном обучении?\n\nМодели обучают на бутстрэп-выборках и усредняют их ответы, чтобы снизить дисперсию.";
    private const string Boosting = "Что такое градиентный бустинг?\n\nАнсамбль деревьев, где каждое следующее дерево исправляет ошибки предыдущих.";

    [Fact]
    public async Task A_search_of_an_index_in_step_leaves_the_writer_free_for_another_process()
    {
        var location = await ImportedAsync();
        using var searching = new SobesDatabase(location);

        Assert.Single((await searching.Search.SearchAsync(new SearchQuery("бэггинг", null))).Hits);

        // Throws LockObtainFailedException while the searching process holds the writer.
        using var writer = SearchIndex.Open(location.IndexDirectory);
        Assert.True(writer.CanWrite);
    }

    [Fact]
    public async Task An_import_after_a_search_in_step_takes_the_writer_and_is_found()
    {
        var location = await ImportedAsync();
        using var searching = new SobesDatabase(location);
        Assert.Single((await searching.Search.SearchAsync(new SearchQuery("бэггинг", null))).Hits);

        await new LibraryImporter(searching, Time).ImportAsync([Fixtures.Write(file.Directory, "b.json", Fixtures.TelegramExport((2, Boosting)))]);

        Assert.Single((await searching.Search.SearchAsync(new SearchQuery("бустинг", null))).Hits);
        Assert.Throws<LockObtainFailedException>(() => SearchIndex.Open(location.IndexDirectory).Dispose());
    }

    [Fact]
    public async Task A_change_after_a_search_in_step_is_found_by_the_next_search()
    {
        var location = await ImportedAsync();
        using var searching = new SobesDatabase(location);
        Assert.Single((await searching.Search.SearchAsync(new SearchQuery("бэггинг", null))).Hits);

        // Another process's import: its own index folder, so this process's index learns of it from the change log alone.
        using (var other = new SobesDatabase(location.WithIndexDirectory(Path.Combine(file.Directory, "other-index"))))
        {
            await new LibraryImporter(other, Time).ImportAsync([Fixtures.Write(file.Directory, "b.json", Fixtures.TelegramExport((2, Boosting)))]);
        }

        Assert.Single((await searching.Search.SearchAsync(new SearchQuery("бустинг", null))).Hits);
    }

    public void Dispose() => file.Dispose();

    // A library holding one item, indexed, and every process of it closed.
    private async Task<DatabaseLocation> ImportedAsync()
    {
        using var database = await SobesDatabase.OpenAsync(DatabaseLocation.Sqlite(file.FilePath));
        await new LibraryImporter(database, Time).ImportAsync([Fixtures.Write(file.Directory, "a.json", Fixtures.TelegramExport((1, Bagging)))]);
        Assert.Single((await database.Search.SearchAsync(new SearchQuery("бэггинг", null))).Hits);
        return database.Location;
    }
}
