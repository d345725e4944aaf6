using Microsoft.EntityFrameworkCore;
using Sobes.Data.Storage;

namespace Sobes.Data.Channels;

/// <summary>
/// Leases in the database (<c>sync_leases</c>): a holder takes a named lease until it expires, renews it while it
/// works and gives it back when done; another holder gets it only once it is free or expired. One conditional UPDATE
/// (or the INSERT of a lease never taken, whose primary key refuses a second) decides, so SQLite and PostgreSQL behave
/// alike, and instances sharing a database run the work one at a time. A holder that dies frees its lease by expiry.
/// </summary>
public static class SyncLease
{
    /// <summary>The lease of the web app's background sync loop.</summary>
    public const string Background = "channel-sync";

    /// <summary>The lease of one channel's sync (CLI, "sync now" and the background loop all take it).</summary>
    public static string OfChannel(long id) => "channel:" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Takes or renews the lease <paramref name="name"/> for <paramref name="holder"/> until now + <paramref name="ttl"/>; false when another holder has it.</summary>
    public static async Task<bool> TryAcquireAsync(SobesDatabase database, string name, string holder, TimeSpan ttl, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var db = database.CreateContext();
        var expires = now + ttl;
        var taken = await db.SyncLeases.Where(l => l.Name == name && (l.Holder == holder || l.ExpiresAt <= now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, expires), cancellationToken);
        if (taken == 1)
        {
            return true;
        }

        if (await db.SyncLeases.AsNoTracking().AnyAsync(l => l.Name == name, cancellationToken))
        {
            return false;
        }

        db.SyncLeases.Add(new SyncLeaseRecord { Name = name, Holder = holder, ExpiresAt = expires });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another holder inserted it first.
            return false;
        }
    }

    /// <summary>The holder of a lease that has not expired, or null.</summary>
    public static async Task<string?> HolderAsync(SobesDatabase database, string name, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var db = database.CreateContext();
        return await db.SyncLeases.AsNoTracking().Where(l => l.Name == name && l.ExpiresAt > now).Select(l => l.Holder).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Gives the lease back if <paramref name="holder"/> has it.</summary>
    public static async Task ReleaseAsync(SobesDatabase database, string name, string holder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var db = database.CreateContext();
        await db.SyncLeases.Where(l => l.Name == name && l.Holder == holder).ExecuteDeleteAsync(cancellationToken);
    }
}
