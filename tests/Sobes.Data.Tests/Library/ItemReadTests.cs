using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sobes.Core.Library;
using Sobes.Data.Library;
using Sobes.Data.Storage;
using Sobes.Data.Tests.Importing;
using Sobes.Data.Tests.Practice;
using Sobes.Testing;

namespace Sobes.Data.Tests.Library;

/// <summary>One item read in plain SQL (the item page, `sobes show`) is the item EF reads (the export's stream) on both providers.</summary>
public sealed class ItemReadTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "sobes-item-read-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<string> Providers => new() { "sqlite", "postgres" };

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task An_item_read_in_plain_SQL_is_the_item_EF_reads_with_every_field_set(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage), (2, PracticeFixtures.Dropout));
        long id;
        await using (var db = library.Context())
        {
            id = await db.Items.Where(i => i.Title.Contains("утечка")).Select(i => i.Id).SingleAsync();
            await db.Items.Where(i => i.Id == id).ExecuteUpdateAsync(u => u
                .SetProperty(i => i.KeyOption, 1)
                .SetProperty(i => i.KeySource, KeySource.Crowd)
                .SetProperty(i => i.Explanation, "потому что")
                .SetProperty(i => i.OptionsJson, """[{"text":"да","share":0.25},{"text":"нет","share":0.75}]""")
                .SetProperty(i => i.PostedAt, PracticeFixtures.Now.AddDays(-3))
                .SetProperty(i => i.ReviewDismissedAt, PracticeFixtures.Now.AddDays(-1)));
        }

        var plain = await LibraryQueries.GetAsync(library.Database, id, withDeleted: false);
        await using var context = library.Context();
        var throughContext = await LibraryQueries.GetAsync(context, id, withDeleted: false);
        var ef = await LibraryQueries.StreamAsync(context, LibraryFilter.All).SingleAsync(i => i.Id == id);

        Assert.NotNull(plain);
        Assert.Equal(KeySource.Crowd, plain.Key?.Source);
        Assert.Equal(PracticeFixtures.Now.AddDays(-1), plain.ReviewDismissedAt);
        Assert.NotEmpty(plain.Sources);
        Assert.Equal(JsonSerializer.Serialize(ef), JsonSerializer.Serialize(plain));
        Assert.Equal(JsonSerializer.Serialize(ef), JsonSerializer.Serialize(throughContext));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_deleted_item_is_read_only_when_asked_for_and_a_missing_one_is_null(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, PracticeFixtures.Leakage));
        long id;
        await using (var db = library.Context())
        {
            id = await db.Items.Select(i => i.Id).SingleAsync();
            await db.Items.Where(i => i.Id == id).ExecuteUpdateAsync(u => u.SetProperty(i => i.DeletedAt, PracticeFixtures.Now));
        }

        var deleted = await LibraryQueries.GetAsync(library.Database, id, withDeleted: true);

        Assert.Null(await LibraryQueries.GetAsync(library.Database, id, withDeleted: false));
        Assert.Null(await LibraryQueries.GetAsync(library.Database, id + 1000, withDeleted: true));
        Assert.Equal(PracticeFixtures.Now, deleted?.DeletedAt);
        await using var context = library.Context();
        var ef = await LibraryQueries.StreamAsync(context, new LibraryFilter { Deleted = true }).SingleAsync();
        Assert.Equal(JsonSerializer.Serialize(ef), JsonSerializer.Serialize(deleted));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void The_plain_item_read_names_every_column_EF_maps_for_an_item(string provider)
    {
        // A column added to the model and not to the plain read would be left at its default without a word: this fails.
        var location = provider == "postgres" ? DatabaseLocation.Postgres("Host=localhost;Database=unused") : DatabaseLocation.Sqlite(Path.Combine(dir, "unused.db"));
        using var database = new SobesDatabase(location);
        using var db = database.CreateContext();
        var mapped = db.Model.FindEntityType(typeof(ItemRecord))!.GetProperties().Select(p => p.GetColumnName()).Order(StringComparer.Ordinal);

        var read = PlainItems.Columns.Split(',').Select(c => c.Trim().Trim('"')).Order(StringComparer.Ordinal);

        Assert.Equal(mapped, read);
    }
}
