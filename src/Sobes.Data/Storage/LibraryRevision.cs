using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Sobes.Data.Storage;

/// <summary>
/// A mark in <c>meta</c> that changes whenever what cards are made from changes: an item added, revised or removed,
/// or a card flagged. Practice compares it with the mark a learner's cards were last synced at, one row read per
/// card shown instead of an aggregate over the library. Each change writes a fresh random value rather than a
/// counter, so two writers that commit at once can never leave the mark a learner already synced at.
/// </summary>
public static class LibraryRevision
{
    public const string Key = "library-revision";

    /// <summary>The revision before anything was recorded (a database made before the mark existed).</summary>
    public const string Initial = "0";

    /// <summary>Whether <paramref name="tracker"/> holds a change the mark must follow.</summary>
    internal static bool Affected(ChangeTracker tracker) =>
        tracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
            && e.Entity is ItemRecord or Practice.CardFlagRecord);

    /// <summary>Stages a new mark on <paramref name="db"/>: saved with the changes that caused it, in their transaction.</summary>
    public static async Task StageAsync(SobesDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        Stage(db, db.Meta.Local.FirstOrDefault(m => m.Key == Key) ?? await db.Meta.FirstOrDefaultAsync(m => m.Key == Key, cancellationToken));
    }

    /// <summary>As <see cref="StageAsync"/>, for a synchronous save.</summary>
    internal static void Stage(SobesDbContext db) => Stage(db, db.Meta.Local.FirstOrDefault(m => m.Key == Key) ?? db.Meta.FirstOrDefault(m => m.Key == Key));

    private static void Stage(SobesDbContext db, MetaRecord? row)
    {
        var next = Guid.NewGuid().ToString("N");
        if (row is null)
        {
            db.Meta.Add(new MetaRecord { Key = Key, Value = next });
        }
        else
        {
            row.Value = next;
            db.Entry(row).State = EntityState.Modified;
        }
    }

    /// <summary>Makes sure the mark's row exists, so later changes only ever update it.</summary>
    internal static async Task EnsureAsync(SobesDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Meta.AnyAsync(m => m.Key == Key, cancellationToken))
        {
            return;
        }

        var row = db.Meta.Add(new MetaRecord { Key = Key, Value = Initial });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another process opening the same database may have made it first; anything else is a real failure.
            row.State = EntityState.Detached;
            if (!await db.Meta.AsNoTracking().AnyAsync(m => m.Key == Key, cancellationToken))
            {
                throw;
            }
        }
    }
}
