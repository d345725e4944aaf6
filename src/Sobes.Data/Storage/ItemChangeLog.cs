using Microsoft.EntityFrameworkCore;

namespace Sobes.Data.Storage;

/// <summary>
/// Reads the change log of items (<see cref="ItemChangeRecord"/>) and numbers an import's part of it. The rows are
/// written by triggers (<see cref="ItemChangeTriggers"/>), so no writer can forget them.
/// </summary>
internal static class ItemChangeLog
{
    /// <summary>Identifies the library (a database), so an index built from another one is not taken for this one's.</summary>
    public const string LibraryKey = "library-id";

    /// <summary>The last committed change's number (0 for none).</summary>
    public static async Task<long> HeadAsync(SobesDbContext db, CancellationToken cancellationToken) =>
        await db.ItemChanges.MaxAsync(c => c.Seq, cancellationToken) ?? 0;

    /// <summary>
    /// The head over a plain connection: a search's check that its index is in step builds nothing of EF. ItemChangeLogTests
    /// pins it, and the library id read so, to what EF reads.
    /// </summary>
    public static async Task<long> HeadAsync(System.Data.Common.DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT MAX("Seq") FROM "item_changes" """;
        return await command.ExecuteScalarAsync(cancellationToken) is { } value and not DBNull ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>The changes after <paramref name="after"/> up to <paramref name="upTo"/>, oldest first, at most <paramref name="limit"/>.</summary>
    public static Task<List<ItemChange>> ReadAsync(SobesDbContext db, long after, long upTo, int limit, CancellationToken cancellationToken) =>
        db.ItemChanges.AsNoTracking().Where(c => c.Seq > after && c.Seq <= upTo).OrderBy(c => c.Seq).Take(limit)
            .Select(c => new ItemChange(c.Seq!.Value, c.ItemId)).ToListAsync(cancellationToken);

    /// <summary>The library's id; made by <see cref="EnsureLibraryAsync"/> when the database is migrated.</summary>
    public static async Task<string> LibraryAsync(SobesDbContext db, CancellationToken cancellationToken) =>
        await db.Meta.AsNoTracking().Where(m => m.Key == LibraryKey).Select(m => m.Value).FirstOrDefaultAsync(cancellationToken) ?? "";

    /// <summary>The library's id over a plain connection (see <see cref="HeadAsync(System.Data.Common.DbConnection, CancellationToken)"/>).</summary>
    public static async Task<string> LibraryAsync(System.Data.Common.DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "Value" FROM "meta" WHERE "Key" = @key""";
        command.AddParameter("@key", LibraryKey);
        return await command.ExecuteScalarAsync(cancellationToken) as string ?? "";
    }

    internal static async Task EnsureLibraryAsync(SobesDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Meta.AnyAsync(m => m.Key == LibraryKey, cancellationToken))
        {
            return;
        }

        var row = db.Meta.Add(new MetaRecord { Key = LibraryKey, Value = Guid.NewGuid().ToString("N") });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another process opening the same database made it first.
            row.State = EntityState.Detached;
            if (!await db.Meta.AsNoTracking().AnyAsync(m => m.Key == LibraryKey, cancellationToken))
            {
                throw;
            }
        }
    }

    /// <summary>
    /// Inside a writing transaction, before its first change to items: where its changes will start. On SQLite the
    /// transaction already holds the write lock (BEGIN IMMEDIATE), so its changes follow the head it reads.
    /// </summary>
    public static async Task<long> MarkAsync(SobesDbContext db, CancellationToken cancellationToken) =>
        db.Database.IsNpgsql() ? 0 : await HeadAsync(db, cancellationToken);

    /// <summary>
    /// The transaction's last statement before its commit: numbers its changes (PostgreSQL) and returns their range,
    /// empty (First &gt; Last) when it changed no item. On PostgreSQL it holds the log's lock until the commit.
    /// </summary>
    public static async Task<ChangeRange> SealAsync(SobesDbContext db, long mark, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return new ChangeRange(mark + 1, await HeadAsync(db, cancellationToken));
        }

        var first = await db.Database.SqlQueryRaw<long?>("SELECT sobes_seal_item_changes() AS \"Value\"").SingleAsync(cancellationToken);
        return first is { } f ? new ChangeRange(f, await HeadAsync(db, cancellationToken)) : new ChangeRange(1, 0);
    }
}

/// <summary>Item <see cref="ItemId"/> changed at number <see cref="Seq"/>.</summary>
internal sealed record ItemChange(long Seq, long ItemId);

/// <summary>The change numbers one transaction wrote, both ends included.</summary>
internal readonly record struct ChangeRange(long First, long Last)
{
    public bool IsEmpty => First > Last;
}
