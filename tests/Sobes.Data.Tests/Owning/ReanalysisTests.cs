using Microsoft.EntityFrameworkCore;
using Sobes.Core.Library;
using Sobes.Data.Library.Editing;
using Sobes.Data.Library.Reanalysis;
using Sobes.Data.Storage;
using Sobes.Data.Tests.Editing;
using Sobes.Data.Tests.Importing;
using Sobes.Data.Tests.Practice;
using Sobes.Testing;

namespace Sobes.Data.Tests.Owning;

public sealed class ReanalysisTests(PostgresServer postgres) : IClassFixture<PostgresServer>, IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "sobes-reanalyze-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<string> Providers => new() { "sqlite", "postgres" };

    public void Dispose()
    {
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, true);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Reanalysis_fixes_what_an_older_analysis_stored_and_reports_it_by_field(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, OwningFixtures.Gradient), (2, OwningFixtures.Bagging));
        var id = await OwningFixtures.ItemIdAsync(library, "Что такое градиентный");
        var fresh = await StoredAsync(library, id);
        await OlderAnalysisAsync(library, id);

        var dry = await LibraryReanalysis.RunAsync(library.Database, OwningFixtures.Now, dryRun: true);
        Assert.Equal("resource", (await StoredAsync(library, id)).Kind);
        var report = await LibraryReanalysis.RunAsync(library.Database, OwningFixtures.Now, dryRun: false);

        Assert.True(dry.DryRun);
        Assert.Equal((2, 1), (report.Items, report.Changed));
        Assert.Equal(dry.Fields, report.Fields);
        Assert.Equal(1, report.Fields["kind"]);
        Assert.Equal(1, report.Fields["topics"]);
        Assert.Equal(1, report.Fields["title"]);
        var item = await StoredAsync(library, id);
        Assert.Equal((fresh.Kind, fresh.Title, fresh.Topics), (item.Kind, item.Title, item.Topics));
        Assert.Equal(fresh.Revision + 1, item.Revision);
        Assert.Equal(0, (await LibraryReanalysis.RunAsync(library.Database, OwningFixtures.Now, dryRun: false)).Changed);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Reanalysing_a_channel_just_imported_changes_nothing(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        var imported = await library.Importer.ImportStreamAsync(Import.Sample.SampleContent.FileName, Import.Sample.SampleContent.Open);
        Assert.True(imported.ItemsNew >= 25);

        var report = await LibraryReanalysis.RunAsync(library.Database, OwningFixtures.Now, dryRun: true);

        Assert.Equal(imported.ItemsNew, report.Items);
        Assert.Equal(0, report.Skipped);
        Assert.Empty(report.Fields);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Reanalysis_keeps_every_field_an_editor_set_and_the_progress_of_unchanged_cards(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, OwningFixtures.Gradient), (2, OwningFixtures.Bagging));
        var id = await OwningFixtures.ItemIdAsync(library, "Что такое градиентный");
        var edited = await EditingFixtures.Editor(library).EditAsync(id, new ItemEdit { Title = "Градиентный спуск своими словами", Topics = ["optimization", "deep-learning"] }, "editor");
        Assert.Equal(EditStatus.Done, edited.Status);
        await using (var db = library.Context())
        {
            await PracticeFixtures.SyncAsync(db);
            foreach (var card in await db.Cards.Where(c => c.ItemId == id).ToListAsync())
            {
                (card.Reps, card.Stability) = (3, 9.5);
            }

            await db.SaveChangesAsync();
        }

        await using (var db = library.Context())
        {
            var item = await db.Items.SingleAsync(i => i.Id == id);
            // An older analysis got the kind wrong; the title and topics are the editor's and must stay.
            (item.Kind, item.KindRule) = ("resource", "resource:short");
            await db.SaveChangesAsync();
        }

        var report = await LibraryReanalysis.RunAsync(library.Database, OwningFixtures.Now, dryRun: false);

        Assert.Equal(1, report.Changed);
        Assert.False(report.Fields.ContainsKey("title"));
        var stored = await StoredAsync(library, id);
        Assert.Equal("question", stored.Kind);
        Assert.Equal("Градиентный спуск своими словами", stored.Title);
        Assert.Equal("|optimization|deep-learning|", stored.Topics);
        await using var after = library.Context();
        await PracticeFixtures.SyncAsync(after, PracticeFixtures.Now.AddHours(1));
        var cards = await after.Cards.Where(c => c.ItemId == id && !c.Suspended).ToListAsync();
        Assert.NotEmpty(cards);
        Assert.All(cards, c => Assert.Equal((3, 9.5), (c.Reps, c.Stability)));
        Assert.All(cards, c => Assert.Equal(stored.Revision, c.ItemRevision));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_library_analysed_by_an_older_version_is_reanalysed_once_when_it_is_opened(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "a.json", (1, OwningFixtures.Gradient));
        var id = await OwningFixtures.ItemIdAsync(library, "Что такое градиентный");
        await OlderAnalysisAsync(library, id);
        await using (var db = library.Context())
        {
            var version = await db.Meta.SingleAsync(m => m.Key == LibraryReanalysis.VersionKey);
            Assert.Equal(AnalysisVersion.Current.ToString(System.Globalization.CultureInfo.InvariantCulture), version.Value);
            version.Value = "1";
            await db.SaveChangesAsync();
        }

        using (var reopened = await SobesDatabase.OpenAsync(library.Database.Location))
        {
            Assert.Equal("question", (await StoredAsync(library, id)).Kind);
        }

        await OlderAnalysisAsync(library, id);
        using (var again = await SobesDatabase.OpenAsync(library.Database.Location))
        {
            Assert.Equal("resource", (await StoredAsync(library, id)).Kind);
        }
    }

    // What an analysis before the editorial rules might have stored: a wrong kind, topic and title.
    private static async Task OlderAnalysisAsync(TestLibrary library, long id)
    {
        await using var db = library.Context();
        var item = await db.Items.SingleAsync(i => i.Id == id);
        (item.Kind, item.KindRule, item.Topics, item.Title) = ("resource", "resource:short", "|career|", "Градиентный спуск — это способ…");
        await db.SaveChangesAsync();
    }

    private static async Task<ItemRecord> StoredAsync(TestLibrary library, long id)
    {
        await using var db = library.Context();
        return await db.Items.AsNoTracking().SingleAsync(i => i.Id == id);
    }
}
