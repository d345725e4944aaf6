using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Sobes.Data.Library.Editing;
using Sobes.Data.Search;
using Sobes.Data.Tests.Importing;

namespace Sobes.Data.Tests.Editing;

internal static class EditingFixtures
{
    public static readonly DateTimeOffset Now = new(2026, 11, 3, 9, 0, 0, TimeSpan.Zero);

    public static LibraryEditor Editor(TestLibrary library) => new(library.Database, new FakeTimeProvider(Now));

    /// <summary>The id of the one item whose title starts with <paramref name="start"/>.</summary>
    public static async Task<long> ItemIdAsync(TestLibrary library, string start)
    {
        await using var db = library.Context();
        return await db.Items.Where(i => i.Title.StartsWith(start)).Select(i => i.Id).SingleAsync();
    }

    public static async Task<IReadOnlyList<long>> SearchAsync(TestLibrary library, string words)
    {
        return (await library.SearchAsync(words)).Hits.Select(h => h.Id).ToList();
    }
}
