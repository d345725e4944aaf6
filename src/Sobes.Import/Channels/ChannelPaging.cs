namespace Sobes.Import.Channels;

/// <summary>What paging needs of one page: its oldest and newest message ids (null when it has none) and the before= of its link to older posts (null at the beginning).</summary>
public readonly record struct PageSpan(long? Oldest, long? Newest, long? OlderBefore);

/// <summary>
/// How far a channel has been read, stored with each committed page so an interrupted sync resumes: the newest post
/// imported, the oldest post reached, and whether the beginning of the channel was reached.
/// </summary>
public sealed record ChannelCursors(long? Newest, long? Oldest, bool ReachedBeginning)
{
    public static readonly ChannelCursors None = new(null, null, false);
}

/// <summary>Where a sync is in its walk back through a channel.</summary>
public enum PagingPhase
{
    /// <summary>The newest page, and older pages until they reach the newest post imported before.</summary>
    CatchUp,

    /// <summary>A few pages of posts imported before, read again for edits.</summary>
    Reread,

    /// <summary>Pages older than the oldest post reached, until the channel's beginning.</summary>
    Backfill,

    Done,
}

/// <summary>
/// The paging rules of a channel sync, as an immutable state: which page to fetch next (<see cref="Before"/>, null for
/// the newest page), and the cursors to store once the page just read is committed. A sync reads the newest page and
/// goes back (<c>?before=ID</c>) until it reaches posts imported before, re-reads <see cref="RereadPages"/> pages of
/// those for edits, then goes on back from the oldest post reached until the beginning. Pure: no I/O, no clock.
/// </summary>
public sealed record ChannelPaging
{
    /// <summary>Pages of already imported posts read again for edits on each sync.</summary>
    public const int DefaultRereadPages = 2;

    private ChannelPaging(ChannelCursors start, ChannelCursors cursors, PagingPhase phase, long? before, int rereadLeft, int rereadPages, string? problem)
    {
        Start = start;
        Cursors = cursors;
        Phase = phase;
        Before = before;
        RereadLeft = rereadLeft;
        RereadPages = rereadPages;
        Problem = problem;
    }

    /// <summary>The cursors stored before this sync began.</summary>
    public ChannelCursors Start { get; }

    /// <summary>The cursors to store with the page just read (at the start: <see cref="Start"/>).</summary>
    public ChannelCursors Cursors { get; }

    public PagingPhase Phase { get; }

    /// <summary>The next page to fetch: posts older than this id, or the newest page when null. Meaningless once <see cref="IsDone"/>.</summary>
    public long? Before { get; }

    public int RereadPages { get; }

    /// <summary>Why paging stopped early (a server that does not page back); null when it did not.</summary>
    public string? Problem { get; }

    public bool IsDone => Phase == PagingPhase.Done;

    private int RereadLeft { get; }

    public static ChannelPaging Begin(ChannelCursors cursors, int rereadPages = DefaultRereadPages)
    {
        ArgumentNullException.ThrowIfNull(cursors);
        ArgumentOutOfRangeException.ThrowIfNegative(rereadPages);
        return new ChannelPaging(cursors, cursors, PagingPhase.CatchUp, null, rereadPages, rereadPages, null);
    }

    /// <summary>The state after the page fetched for <see cref="Before"/> was read (and will be committed with the new <see cref="Cursors"/>).</summary>
    public ChannelPaging After(PageSpan page)
    {
        if (IsDone)
        {
            throw new InvalidOperationException("paging is done");
        }

        if (Before is { } asked && page.Oldest is { } oldest && oldest >= asked)
        {
            return Stop(Cursors, $"the page of posts before {asked} starts at {oldest}: the server does not page back");
        }

        return Phase switch
        {
            PagingPhase.CatchUp => AfterCatchUp(page),
            PagingPhase.Reread => AfterReread(page),
            _ => AfterBackfill(page),
        };
    }

    private ChannelPaging AfterCatchUp(PageSpan page)
    {
        if (page.Oldest is not { } oldest || page.Newest is not { } newest)
        {
            // No posts where newer ones were expected: an empty channel, or the end of what the server has.
            return Stop(Start.Newest is null ? Cursors with { ReachedBeginning = true } : Cursors, null);
        }

        if (Start.Newest is not { } known)
        {
            // The first sync: this page holds the newest posts; everything older is backfill.
            return Backfill(new ChannelCursors(newest, oldest, page.OlderBefore is null));
        }

        // Every id between two pages is on one of them, so a page reaching known + 1 joins what was imported.
        var pending = PendingNewest ?? newest;
        if (oldest > known + 1 && page.OlderBefore is { } older)
        {
            // Catching up: the newest cursor moves only once the gap is closed, so an interruption leaves no hole.
            return new ChannelPaging(Start, Cursors, PagingPhase.CatchUp, older, RereadLeft, RereadPages, null) { PendingNewest = pending };
        }

        // A joining page that already holds imported posts is the first page re-read for edits.
        return Reread(Cursors with { Newest = Math.Max(known, pending) }, page, rereadCounts: oldest <= known);
    }

    private ChannelPaging Reread(ChannelCursors cursors, PageSpan page, bool rereadCounts)
    {
        var left = rereadCounts ? RereadLeft - 1 : RereadLeft;
        if (left > 0 && page.OlderBefore is { } before)
        {
            return new ChannelPaging(Start, cursors, PagingPhase.Reread, before, left, RereadPages, null);
        }

        return Backfill(cursors);
    }

    private ChannelPaging AfterReread(PageSpan page) =>
        page.Oldest is null ? Backfill(Cursors) : Reread(Cursors, page, rereadCounts: true);

    private ChannelPaging AfterBackfill(PageSpan page)
    {
        if (page.Oldest is not { } oldest)
        {
            return Stop(Cursors with { ReachedBeginning = true }, null);
        }

        var cursors = Cursors with { Oldest = Math.Min(Cursors.Oldest ?? oldest, oldest), ReachedBeginning = page.OlderBefore is null };
        return Backfill(cursors);
    }

    private ChannelPaging Backfill(ChannelCursors cursors) =>
        cursors.ReachedBeginning || cursors.Oldest is null
            ? Stop(cursors, null)
            : new ChannelPaging(Start, cursors, PagingPhase.Backfill, cursors.Oldest, RereadLeft, RereadPages, null);

    private ChannelPaging Stop(ChannelCursors cursors, string? problem) =>
        new(Start, cursors, PagingPhase.Done, null, RereadLeft, RereadPages, problem) { PendingNewest = PendingNewest };

    // The newest id of the newest page of a catch-up, stored once the catch-up joins what was imported.
    private long? PendingNewest { get; init; }
}
