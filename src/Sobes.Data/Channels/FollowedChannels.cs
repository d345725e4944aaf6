using Microsoft.EntityFrameworkCore;
using Sobes.Data.Storage;
using Sobes.Import.Channels;

namespace Sobes.Data.Channels;

/// <summary>The channels the library knows: those followed (added to be synced) and those only imported by URL, whose cursors are kept too.</summary>
public static class FollowedChannels
{
    /// <summary>Follows a channel (again); <paramref name="intervalMinutes"/>, when given, replaces its sync interval.</summary>
    public static async Task<ChannelRecord> AddAsync(SobesDbContext db, ChannelAddress address, int? intervalMinutes, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(address);
        if (intervalMinutes is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(intervalMinutes), "the interval is at least one minute");
        }

        var channel = await db.Channels.FirstOrDefaultAsync(c => c.Url == address.Key, cancellationToken);
        if (channel is null)
        {
            channel = New(address, now);
            db.Channels.Add(channel);
        }

        channel.Followed = true;
        channel.IntervalMinutes = intervalMinutes ?? channel.IntervalMinutes;
        await db.SaveChangesAsync(cancellationToken);
        return channel;
    }

    /// <summary>The channel with this address, made (not followed) when the library has not met it.</summary>
    public static async Task<ChannelRecord> EnsureAsync(SobesDbContext db, ChannelAddress address, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(address);
        if (await db.Channels.AsNoTracking().FirstOrDefaultAsync(c => c.Url == address.Key, cancellationToken) is { } known)
        {
            return known;
        }

        var channel = New(address, now);
        db.Channels.Add(channel);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return channel;
        }
        catch (DbUpdateException)
        {
            // Made by another process meanwhile.
            db.ChangeTracker.Clear();
            return await db.Channels.AsNoTracking().FirstAsync(c => c.Url == address.Key, cancellationToken);
        }
    }

    /// <summary>Followed channels by name.</summary>
    public static async Task<IReadOnlyList<ChannelRecord>> ListAsync(SobesDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Channels.AsNoTracking().Where(c => c.Followed).OrderBy(c => c.Name).ThenBy(c => c.Url).ToListAsync(cancellationToken);
    }

    /// <summary>The channel a user names: by its name (as followed first) or by any address that reads as it.</summary>
    public static async Task<ChannelRecord?> FindAsync(SobesDbContext db, string nameOrAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(nameOrAddress);
        var text = nameOrAddress.Trim();
        if (ChannelAddress.LooksLikeChannel(text) && ChannelAddress.Parse(text, out _) is { } address
            && await db.Channels.AsNoTracking().FirstOrDefaultAsync(c => c.Url == address.Key, cancellationToken) is { } byUrl)
        {
            return byUrl;
        }

        var name = text.TrimStart('@').ToLowerInvariant();
        return await db.Channels.AsNoTracking().Where(c => c.Name == name).OrderByDescending(c => c.Followed).ThenBy(c => c.Id).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Stops following a channel: its row and cursors go; the items it brought stay in the library.</summary>
    public static async Task<bool> RemoveAsync(SobesDbContext db, string nameOrAddress, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, nameOrAddress, cancellationToken) is not { } channel)
        {
            return false;
        }

        await db.Channels.Where(c => c.Id == channel.Id).ExecuteDeleteAsync(cancellationToken);
        return true;
    }

    /// <summary>Followed channels whose interval (or <paramref name="defaultInterval"/>) has passed since their last sync.</summary>
    public static async Task<IReadOnlyList<ChannelRecord>> DueAsync(SobesDbContext db, TimeSpan defaultInterval, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var followed = await ListAsync(db, cancellationToken);
        return followed.Where(c => c.LastSyncAt is not { } last || last + (c.IntervalMinutes is { } m ? TimeSpan.FromMinutes(m) : defaultInterval) <= now).ToList();
    }

    private static ChannelRecord New(ChannelAddress address, DateTimeOffset now) =>
        new() { Name = address.Name, Url = address.Key, AddedAt = now };
}
