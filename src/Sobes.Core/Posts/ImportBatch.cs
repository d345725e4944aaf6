namespace Sobes.Core.Posts;

/// <summary>What one reader made of one source file: its posts and what it had to say about them.</summary>
public sealed record ImportBatch(SourceInfo Source, IReadOnlyList<RawPost> Posts, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The channel's or page's name when the source states it.</summary>
    public string? ChannelTitle { get; init; }

    /// <summary>Lines of page chrome the reader dropped before making posts.</summary>
    public int ChromeLinesDropped { get; init; }

    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}

/// <summary>The file a batch comes from, as known before reading it (the reader reports the channel's title).</summary>
/// <param name="Path">The path as the user gave it (or the file's name inside a folder).</param>
/// <param name="Format">The reader's format name: "telegram-json", "telegram-html", "text", "quiz-page", "markdown".</param>
/// <param name="ContentHash">SHA-256 of the file's bytes, lower-case hex: re-imports are recognised by it.</param>
/// <param name="MaxRecordLength">
/// The longest record a reader takes, in characters: a line of a text file, a message of a JSON export, a post of an
/// HTML page. A longer one is reported (file and place) and left out or cut, never read whole: the pipeline's work
/// per post grows with its length (a 50 MB line once cost 2 GB).
/// </param>
public sealed record SourceInfo(string Path, string Format, string ContentHash, int MaxRecordLength = SourceInfo.DefaultMaxRecordLength)
{
    /// <summary>64 Ki characters: far beyond any real post (Telegram caps a message at 4,096).</summary>
    public const int DefaultMaxRecordLength = 1 << 16;
}

public enum DiagnosticSeverity
{
    Info = 0,
    Warning,
    Error,
}

/// <summary>A message about a place in a source file. Line and column are 1-based; 0 means unknown.</summary>
public sealed record Diagnostic(DiagnosticSeverity Severity, string File, int Line, int Column, string Message)
{
    public static Diagnostic Error(string file, int line, int column, string message) => new(DiagnosticSeverity.Error, file, line, column, message);

    public static Diagnostic Warning(string file, int line, int column, string message) => new(DiagnosticSeverity.Warning, file, line, column, message);

    public override string ToString() => Line > 0
        ? $"{File}:{Line}{(Column > 0 ? $":{Column}" : "")}: {Severity.ToString().ToLowerInvariant()}: {Message}"
        : $"{File}: {Severity.ToString().ToLowerInvariant()}: {Message}";
}
