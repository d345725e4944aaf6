using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Sobes.Data.Library;
using Sobes.Data.Library.Owning;
using Sobes.Data.Tests.Importing;

namespace Sobes.Data.Tests.Owning;

internal static class OwningFixtures
{
    public static readonly DateTimeOffset Now = new(2026, 11, 4, 9, 0, 0, TimeSpan.Zero);

    public const string Gradient = "📌 Что такое градиентный спуск?\n\nГрадиентный спуск — это способ найти минимум функции потерь, шагая против градиента с небольшим шагом обучения.";

    public const string Bagging = "📌 Чем бэггинг отличается от бустинга?\n\nБэггинг обучает модели независимо на бутстреп-выборках и усредняет их, бустинг строит модели последовательно, исправляя ошибки предыдущих.";

    public static LibraryOwner Owner(TestLibrary library) => new(library.Database, new FakeTimeProvider(Now));

    public static async Task<long> ItemIdAsync(TestLibrary library, string titleStart)
    {
        await using var db = library.Context();
        return await db.Items.Where(i => i.Title.StartsWith(titleStart)).Select(i => i.Id).SingleAsync();
    }

    public static async Task<IReadOnlyList<long>> ListedAsync(TestLibrary library, LibraryFilter? filter = null)
    {
        await using var db = library.Context();
        return (await LibraryQueries.ListAsync(db, filter ?? LibraryFilter.All, 0, 200)).Select(i => i.Id).ToList();
    }

    public static async Task<IReadOnlyList<long>> SearchedAsync(TestLibrary library, string words) =>
        (await library.SearchAsync(words)).Hits.Select(h => h.Id).ToList();
}
