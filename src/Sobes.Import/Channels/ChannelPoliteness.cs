using System.Net.Http.Headers;

namespace Sobes.Import.Channels;

/// <summary>
/// How politely a channel's preview is read: at most one request per <see cref="RequestInterval"/> (one a second by
/// default), and after a 429 "Too Many Requests" the wait the server asks for (Retry-After, in seconds or as a date),
/// or a doubling wait when it names none; a server asking for more than <see cref="LongestWait"/> ends the sync with
/// an error instead of holding it. Pure: callers pass the clock's readings.
/// </summary>
public sealed record ChannelPoliteness
{
    public static readonly TimeSpan DefaultRequestInterval = TimeSpan.FromSeconds(1);

    public static readonly ChannelPoliteness Default = new();

    public ChannelPoliteness(TimeSpan? requestInterval = null, int maxRetries = 5, TimeSpan? longestWait = null)
    {
        var interval = requestInterval ?? DefaultRequestInterval;
        ArgumentOutOfRangeException.ThrowIfLessThan(interval, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfNegative(maxRetries);
        RequestInterval = interval;
        MaxRetries = maxRetries;
        LongestWait = longestWait ?? TimeSpan.FromMinutes(5);
    }

    /// <summary>The least time between two requests.</summary>
    public TimeSpan RequestInterval { get; }

    /// <summary>How many times a page refused with 429 is asked for again.</summary>
    public int MaxRetries { get; }

    public TimeSpan LongestWait { get; }

    /// <summary>How long to wait before the next request when the last one was sent at <paramref name="last"/>.</summary>
    public TimeSpan WaitBeforeRequest(DateTimeOffset? last, DateTimeOffset now) =>
        last is { } sent && sent + RequestInterval > now ? sent + RequestInterval - now : TimeSpan.Zero;

    /// <summary>The wait a 429 asks for before retry number <paramref name="retry"/> (1, 2, …): its Retry-After, else 2^(retry-1) seconds; never less than the request interval.</summary>
    public TimeSpan RetryDelay(RetryConditionHeaderValue? retryAfter, DateTimeOffset now, int retry)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retry, 1);
        var asked = retryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
            _ => TimeSpan.FromSeconds(Math.Pow(2, Math.Min(retry - 1, 16))),
        };
        return asked < RequestInterval ? RequestInterval : asked;
    }
}
