namespace Sobes.Data.Channels;

/// <summary>The JSON form of a followed channel (`sobes channels list --json` and the channels API, snake_case).</summary>
public sealed record ChannelView(string Name, string Url, string? Title, int? IntervalMinutes, long? NewestPost, long? OldestPost, bool ReachedBeginning, DateTimeOffset? LastSyncAt, bool? LastSyncOk, string? LastSyncResult)
{
    public static ChannelView From(ChannelRecord c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(c.Name, c.Url, c.Title, c.IntervalMinutes, c.NewestPost, c.OldestPost, c.ReachedBeginning, c.LastSyncAt, c.LastSyncOk, c.LastSyncResult);
    }
}
