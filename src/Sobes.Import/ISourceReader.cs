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
    /// Reads posts lazily, so a large export streams in bounded memory. Expected failures (malformed,
    /// truncated or binary input) are added to <paramref name="diagnostics"/> as errors naming file and
    /// place (line and column, or byte offset), never thrown; after an error the reader stops yielding.
    /// </summary>
    IEnumerable<RawPost> Read(Stream content, SourceInfo source, ICollection<Diagnostic> diagnostics, CancellationToken cancellationToken = default);
}

public static class SourceReaderExtensions
{
    /// <summary>Reads a whole source into memory: for tests and small files.</summary>
    public static ImportBatch ReadBatch(this ISourceReader reader, Stream content, SourceInfo source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var diagnostics = new List<Diagnostic>();
        var posts = reader.Read(content, source, diagnostics, cancellationToken).ToList();
        return new ImportBatch(source, posts, diagnostics);
    }
}
