using Sobes.Core.Posts;

namespace Sobes.Import;

/// <summary>
/// What a reader makes of one source: its posts, read lazily so a large export streams in bounded memory, and what
/// the reader learns on the way (diagnostics, the channel's title, the page chrome it dropped). Those are complete
/// once <see cref="Posts"/> has been enumerated, which may be done once.
/// </summary>
public sealed class SourceRead
{
    private readonly List<Diagnostic> diagnostics = [];

    /// <summary>Starts a read: <paramref name="posts"/> gets this result to report into and returns the lazy posts.</summary>
    internal SourceRead(Func<SourceRead, IEnumerable<RawPost>> posts)
    {
        ArgumentNullException.ThrowIfNull(posts);
        Posts = posts(this);
    }

    /// <summary>The posts in file order; enumerate once. After an error the reader stops yielding.</summary>
    public IEnumerable<RawPost> Posts { get; }

    /// <summary>Errors name file and place (line and column, or byte offset); never thrown.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => diagnostics;

    public bool HasErrors => diagnostics.Exists(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The channel's or page's name when the source states it.</summary>
    public string? ChannelTitle { get; private set; }

    /// <summary>Lines of page chrome (headers, signatures, reactions) the reader dropped before making posts.</summary>
    public int ChromeLinesDropped { get; private set; }

    /// <summary>Where the reader and the parsers it drives add diagnostics.</summary>
    internal ICollection<Diagnostic> Log => diagnostics;

    internal void NameChannel(string? title) => ChannelTitle = string.IsNullOrWhiteSpace(title) ? ChannelTitle : title.Trim();

    internal void CountChrome(int lines) => ChromeLinesDropped += lines;
}
