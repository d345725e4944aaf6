using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sobes.Data.Library;
using Sobes.Data.Tests.Importing;
using Sobes.Import.Sample;
using Sobes.Testing;

namespace Sobes.Data.Tests.Library;

/// <summary>The list `sobes list` reads in plain SQL holds what the LINQ list (web, exports, bulk actions) holds, in its order.</summary>
public sealed class PlainListTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "sobes-plain-list-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<string> Providers => new() { "sqlite", "postgres" };

    private static readonly LibraryFilter[] Filters =
    [
        LibraryFilter.All,
        new() { HideAds = true },
        new() { NeedsAnswer = true },
        new() { InReview = true },
        new() { Deleted = true },
        new(["quiz", "note"]),
        new(null, ["metrics"]),
        new(null, ["metrics", "nlp", "no-such-topic"]),
        new(null, null, [SampleContent.FileName]),
        new(null, null, ["SOBES-SAMPLE.JSON"]),
        new(null, null, ["sample.json", "other.md"]),
        new(["question"], ["metrics"], [SampleContent.FileName]) { HideAds = true },
    ];

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Every_filter_sort_and_page_lists_what_the_LINQ_list_does(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await ImportSampleAsync(library);
        await using var db = library.Context();
        var first = (await LibraryQueries.ListAsync(db, LibraryFilter.All, LibrarySort.Id, 0, 3)).Select(i => i.Id).ToList();
        await db.Items.Where(i => i.Id == first[0]).ExecuteUpdateAsync(u => u.SetProperty(i => i.DeletedAt, DateTimeOffset.UnixEpoch.AddDays(20000)));
        await db.Items.Where(i => i.Id == first[1]).ExecuteUpdateAsync(u => u.SetProperty(i => i.PostedAt, (DateTimeOffset?)null));
        await db.Items.Where(i => i.Id == first[2]).ExecuteUpdateAsync(u => u.SetProperty(i => i.ReviewDismissedAt, DateTimeOffset.UnixEpoch.AddDays(20000)));

        foreach (var filter in Filters)
        {
            foreach (var sort in Enum.GetValues<LibrarySort>())
            {
                foreach (var (skip, take) in new[] { (0, 1000), (2, 5) })
                {
                    var linq = await LibraryQueries.ListAsync(db, filter, sort, skip, take);
                    var (plain, total) = await LibraryQueries.ListAsync(library.Database, filter, sort, skip, take);

                    var what = $"{JsonSerializer.Serialize(filter)} {sort} {skip}+{take}";
                    Assert.True(JsonSerializer.Serialize(linq) == JsonSerializer.Serialize(plain), what);
                    Assert.True(await LibraryQueries.CountAsync(db, filter) == total, what);
                }
            }
        }

        Assert.NotEmpty(await LibraryQueries.ListAsync(db, new LibraryFilter { InReview = true }));
        Assert.NotEmpty(await LibraryQueries.ListAsync(db, new LibraryFilter(null, ["metrics"])));
        Assert.NotEmpty(await LibraryQueries.ListAsync(db, new LibraryFilter { Deleted = true }));
    }

    private async Task ImportSampleAsync(TestLibrary library)
    {
        Directory.CreateDirectory(dir);
        var sample = Path.Combine(dir, SampleContent.FileName);
        await using (var stream = SampleContent.Open())
        await using (var file = File.Create(sample))
        {
            await stream.CopyToAsync(file);
        }

        var report = await library.Importer.ImportAsync([sample]);
        Assert.True(report.Committed);
    }
}
