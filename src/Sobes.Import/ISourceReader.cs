using Sobes.Core.Posts;

namespace Sobes.Import;

/// <summary>Reads one source format into neutral posts.</summary>
public interface ISourceReader
{
    /// <summary>The format's name, as <c>--format</c> takes it: "telegram-json", "telegram-html", "text", "quiz-page", "markdown".</summary>
    string Format { get; }

    /// <summary>How sure the reader is (0–1) that a file with this name and these first bytes is in its format.</summary>
    double Detect(string fileName, ReadOnlySpan<byte> head);

    /// <summary>
    /// Reads posts lazily, so a large export streams in bounded memory. Expected failures (malformed, truncated or
    /// binary input) become errors in <see cref="SourceRead.Diagnostics"/> naming file and place, never exceptions.
    /// </summary>
    SourceRead Read(Stream content, SourceInfo source, CancellationToken cancellationToken = default);
}

public static class SourceReaderExtensions
{
    /// <summary>Reads a whole source into memory: for tests and small files.</summary>
    public static ImportBatch ReadBatch(this ISourceReader reader, Stream content, SourceInfo source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var read = reader.Read(content, source, cancellationToken);
        var posts = read.Posts.ToList();
        return new ImportBatch(source, posts, read.Diagnostics.ToList())
        {
            ChannelTitle = read.ChannelTitle,
            ChromeLinesDropped = read.ChromeLinesDropped,
        };
    }
}
