using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sobes.Data.Storage;

namespace Sobes.Data.Library.Owning;

/// <summary>One imported source as `sobes sources` and the sources page list it: its live and deleted item counts, and whether it is deleted.</summary>
public sealed record SourceSummary(long Id, string Name, string? Title, string Format, DateTimeOffset ImportedAt, int Posts, int Items, int DeletedItems, DateTimeOffset? DeletedAt, bool Sample);

/// <summary>Lists sources and finds them by id or file name.</summary>
public static class LibrarySources
{
    /// <summary>Every source in id order, with the items that hold one of its posts (live and deleted).</summary>
    public static async Task<IReadOnlyList<SourceSummary>> ListAsync(SobesDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sources = await db.Sources.AsNoTracking().OrderBy(s => s.Id).ToListAsync(cancellationToken);
        var counts = (await db.ItemSources.AsNoTracking().Select(p => new { p.SourceId, p.ItemId, Deleted = p.Item!.DeletedAt != null }).Distinct().ToListAsync(cancellationToken))
            .GroupBy(p => p.SourceId).ToDictionary(g => g.Key, g => (Live: g.Count(p => !p.Deleted), Deleted: g.Count(p => p.Deleted)));
        return sources.Select(s =>
        {
            var (live, deleted) = counts.GetValueOrDefault(s.Id);
            return new SourceSummary(s.Id, Path.GetFileName(s.Path), s.Title, s.Format, s.ImportedAt, s.PostCount, live, deleted, s.DeletedAt, IsSample(s.Path));
        }).ToList();
    }

    /// <summary>
    /// The sources <paramref name="name"/> names: a source id, or a file name (every import of that file and its parts).
    /// Empty when none matches.
    /// </summary>
    public static async Task<IReadOnlyList<long>> FindAsync(SobesDbContext db, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        if (long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return await db.Sources.Where(s => s.Id == id).Select(s => s.Id).ToListAsync(cancellationToken);
        }

        var rows = await db.Sources.AsNoTracking().Select(s => new { s.Id, s.Path }).ToListAsync(cancellationToken);
        return rows.Where(s => s.Path == trimmed || Path.GetFileName(s.Path) == trimmed).Select(s => s.Id).Order().ToList();
    }

    /// <summary>The bundled sample's sources (imported by the web app's first start or `sobes import --sample`).</summary>
    public static async Task<IReadOnlyList<long>> SampleAsync(SobesDbContext db, CancellationToken cancellationToken = default) =>
        await FindAsync(db, Import.Sample.SampleContent.FileName, cancellationToken);

    private static bool IsSample(string path) => Path.GetFileName(path) == Import.Sample.SampleContent.FileName;
}
