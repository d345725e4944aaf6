using Sobes.Core.Library;
using Sobes.Core.Posts;

namespace Sobes.Data.Importing;

/// <summary>What one import did, per source and in total.</summary>
public sealed record ImportReport(IReadOnlyList<SourceReport> Sources, bool Committed, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>How long the import waited for another import (or other writer) to finish before it could start writing.</summary>
    public TimeSpan Waited { get; init; }

    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) || Sources.Any(s => s.HasErrors);

    /// <summary>Pages of a channel's preview fetched (0 for files).</summary>
    public int PagesFetched { get; init; }

    /// <summary>A channel's posts read for the first time (0 for files).</summary>
    public int PostsNew { get; init; }

    public int PostsRead => Sources.Sum(s => s.PostsRead);

    public int ItemsNew => Sources.Sum(s => s.ItemsNew);

    public int ItemsMerged => Sources.Sum(s => s.ItemsMerged);

    public int ItemsUpdated => Sources.Sum(s => s.ItemsUpdated);

    public int ItemsUnchanged => Sources.Sum(s => s.ItemsUnchanged);
}

/// <summary>The summary of one source file.</summary>
public sealed record SourceReport
{
    public required string Path { get; init; }

    public required string Format { get; init; }

    public string? Title { get; init; }

    /// <summary>True when the file's bytes were imported before: nothing changed.</summary>
    public bool AlreadyImported { get; init; }

    public int PostsRead { get; init; }

    public int ItemsNew { get; init; }

    public int ItemsMerged { get; init; }

    /// <summary>Items a newer version of a note (same GUID, new text) replaced.</summary>
    public int ItemsUpdated { get; init; }

    public int ItemsUnchanged { get; init; }

    /// <summary>Answers from a deck's review history added to the learner's log.</summary>
    public int ReviewsImported { get; init; }

    /// <summary>Chrome lines removed, plus posts that held nothing but chrome.</summary>
    public int ChromeDropped { get; init; }

    public IReadOnlyDictionary<ItemKind, int> ByKind { get; init; } = new Dictionary<ItemKind, int>();

    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}

/// <summary>
/// Progress of an import: the file and how far into it the reader is. <paramref name="Waiting"/>: the import waits for
/// another one to finish before it starts (the other fields are empty then).
/// </summary>
public sealed record ImportProgress(string Path, long BytesRead, long BytesTotal, int PostsRead, bool Waiting = false);

/// <summary>How to import.</summary>
/// <param name="Format">A reader's format name to force, or null to detect from the content.</param>
/// <param name="Learner">The learner a deck's review history goes to; null for the local learner.</param>
/// <param name="IntoEmptyOnce">
/// A <c>meta</c> key: when set, the import runs only into a library with no items, no sources and no row of this key,
/// and writes the row in its own transaction, checked in its turn; so of processes starting at once only one imports,
/// and a library its user emptied stays empty. An import that does not run commits nothing and reports no sources.
/// </param>
/// <param name="MaxRecordLength">The longest record (line, message, post) a reader takes: see <see cref="SourceInfo.MaxRecordLength"/>.</param>
public sealed record ImportOptions(string? Format = null, string? Learner = null, string? IntoEmptyOnce = null, int MaxRecordLength = SourceInfo.DefaultMaxRecordLength);
