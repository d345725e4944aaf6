namespace Sobes.Data.Channels;

/// <summary>
/// A channel the library follows (table <c>channels</c>): its preview's address, how often the web app syncs it, the
/// cursors of its walk back through the preview (stored with each committed page) and the outcome of its last sync.
/// </summary>
public sealed class ChannelRecord
{
    public long Id { get; set; }

    /// <summary>The channel's name (its Telegram username, lower case).</summary>
    public required string Name { get; set; }

    /// <summary>The preview's address (<c>https://t.me/s/NAME</c>, or another server's URL): unique.</summary>
    public required string Url { get; set; }

    public string? Title { get; set; }

    /// <summary>The library source all of the channel's posts belong to, once its first page was imported.</summary>
    public long? SourceId { get; set; }

    /// <summary>True for a channel added to be followed (synced in the background); false for one only imported by URL.</summary>
    public bool Followed { get; set; }

    /// <summary>Minutes between background syncs of this channel; null for the app's default interval.</summary>
    public int? IntervalMinutes { get; set; }

    /// <summary>Cursor: the newest post imported.</summary>
    public long? NewestPost { get; set; }

    /// <summary>Cursor: the oldest post reached.</summary>
    public long? OldestPost { get; set; }

    /// <summary>True once paging back reached the channel's first post.</summary>
    public bool ReachedBeginning { get; set; }

    public DateTimeOffset AddedAt { get; set; }

    public DateTimeOffset? LastSyncAt { get; set; }

    /// <summary>True when the last sync finished without an error.</summary>
    public bool? LastSyncOk { get; set; }

    /// <summary>What the last sync did, or its error.</summary>
    public string? LastSyncResult { get; set; }
}

/// <summary>
/// A lease (table <c>sync_leases</c>): the instance named <see cref="Holder"/> runs the work named <see cref="Name"/>
/// until <see cref="ExpiresAt"/>, so instances sharing a database take turns instead of running it together.
/// </summary>
public sealed class SyncLeaseRecord
{
    public required string Name { get; set; }

    public required string Holder { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}
