using Microsoft.EntityFrameworkCore;
using Sobes.Data.Storage;

namespace Sobes.Data.Library.Editing;

/// <summary>One provenance of an item with its id, so an editor can split it out.</summary>
public sealed record ProvenanceView(long Id, string Source, string? SourceTitle, string Locator, DateTimeOffset? Date, string Text);

/// <summary>The posts an item was read from, as an editor chooses among them.</summary>
public static class ItemProvenances
{
    public static async Task<IReadOnlyList<ProvenanceView>> ListAsync(SobesDbContext db, long itemId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.ItemSources.AsNoTracking().Where(p => p.ItemId == itemId).OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.Source!.Path, p.Source.Title, p.Locator, p.Date, p.Text }).ToListAsync(cancellationToken);
        return rows.Select(r => new ProvenanceView(r.Id, Path.GetFileName(r.Path), r.Title, r.Locator, r.Date, r.Text)).ToList();
    }
}
