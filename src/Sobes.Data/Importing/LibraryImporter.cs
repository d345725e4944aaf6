using Microsoft.EntityFrameworkCore;
using Sobes.Core.Library;
using Sobes.Core.Posts;
using Sobes.Data.Storage;
using Sobes.Import;

namespace Sobes.Data.Importing;

/// <summary>
/// The one path every import takes: read each file with its format's reader, run the library pipeline,
/// merge duplicates with the library and within the import, and commit it all in one transaction. A file
/// with an error commits nothing of that import; a file imported before (same bytes) changes nothing.
/// </summary>
public sealed partial class LibraryImporter(SobesDatabase database, TimeProvider time)
{
    // Posts matched against the duplicate finder ahead of the one being written, so their candidates are verified
    // on other threads meanwhile.
    private const int VerifiedAhead = 32;

    /// <summary>Imports files and folders (recursively, in name order).</summary>
    public async Task<ImportReport> ImportAsync(IReadOnlyList<string> paths, ImportOptions? options = null, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var diagnostics = new List<Diagnostic>();
        var files = ExpandPaths(paths, diagnostics);
        if (diagnostics.Count > 0)
        {
            return new ImportReport([], false, diagnostics);
        }

        var inputs = files.Select(f => new ImportInput(f, () => File.OpenRead(f))).ToList();
        return await ImportInputsAsync(inputs, options ?? new ImportOptions(), progress, cancellationToken);
    }

    /// <summary>Imports content that is not a file on disk (an upload, the bundled sample) under a display name.</summary>
    public Task<ImportReport> ImportStreamAsync(string name, Func<Stream> open, ImportOptions? options = null, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        ImportInputsAsync([new ImportInput(name, open)], options ?? new ImportOptions(), progress, cancellationToken);

    private async Task<ImportReport> ImportInputsAsync(IReadOnlyList<ImportInput> inputs, ImportOptions options, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        await using var indexing = await ImportIndexing.StartAsync(database.Search, cancellationToken);
        await using var db = database.CreateContext();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var (transaction, waited) = await ImportTurns.BeginAsync(db, () => progress?.Report(new ImportProgress("", 0, 0, 0, Waiting: true)), cancellationToken);
        await using var _ = transaction;
        if (options.IntoEmptyOnce is { } once && !await ClaimEmptyLibraryAsync(db, once, cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            return new ImportReport([], false, []) { Waited = waited };
        }

        var mark = await ItemChangeLog.MarkAsync(db, cancellationToken);
        var reports = new List<SourceReport>();
        bool changed;

        // The session is disposed inside the transaction: its statements and connection settings end with it.
        await using (var session = await ImportSession.StartAsync(db, indexing, time.GetUtcNow(), cancellationToken))
        {
            foreach (var input in inputs)
            {
                var report = await ImportOneAsync(session, input, options, progress, cancellationToken);
                reports.Add(report);
                if (report.HasErrors)
                {
                    break;
                }
            }

            changed = session.Changed;
        }

        if (reports.Exists(r => r.HasErrors))
        {
            await transaction.RollbackAsync(cancellationToken);
            return new ImportReport(reports, false, []) { Waited = waited };
        }

        var indexWarning = await CommitAsync(db, transaction, indexing, mark, changed, cancellationToken);
        return new ImportReport(reports, true, indexWarning is null ? [] : [indexWarning]) { Waited = waited };
    }

    // Commits an import's transaction; the search index follows after. Returns a warning when only the index failed.
    private static async Task<Diagnostic?> CommitAsync(SobesDbContext db, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, ImportIndexing indexing, long mark, bool changed, CancellationToken cancellationToken)
    {
        if (changed)
        {
            // The bulk writes bypass the change tracker, so the revision practice reads is moved here.
            await LibraryRevision.StageAsync(db, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        await indexing.PrepareCommitAsync(cancellationToken);
        var range = await ItemChangeLog.SealAsync(db, mark, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // Committed: the index follows whatever happens to this request now, and a failure there does not undo the import.
        try
        {
            await indexing.CompleteAsync(range);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Diagnostic.Warning("search index", 0, 0, "the import is committed; the index will follow it at the next search (" + e.Message + ")");
        }

        return null;
    }

    /// <summary>In the import's turn: true (and the mark staged) when the library is empty and was never marked.</summary>
    private static async Task<bool> ClaimEmptyLibraryAsync(SobesDbContext db, string mark, CancellationToken cancellationToken)
    {
        if (await db.Meta.AnyAsync(m => m.Key == mark, cancellationToken) || await db.Items.AnyAsync(cancellationToken) || await db.Sources.AnyAsync(cancellationToken))
        {
            return false;
        }

        db.Meta.Add(new MetaRecord { Key = mark, Value = "1" });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static async Task<SourceReport> ImportOneAsync(ImportSession session, ImportInput input, ImportOptions options, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        Stream stream;
        try
        {
            stream = input.Open();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(input.Name, options.Format ?? "?", Diagnostic.Error(input.Name, 0, 0, "cannot open: " + e.Message));
        }

        await using var _ = stream;
        var seekable = stream.CanSeek ? stream : await CopyToTempAsync(stream, cancellationToken);
        if (seekable.Length == 0)
        {
            return Failed(input.Name, options.Format ?? "?", Diagnostic.Error(input.Name, 0, 0, "the file is empty"));
        }

        var hash = SourceReaders.ContentHash(seekable);
        var head = SourceReaders.ReadHead(seekable);
        var fileName = Path.GetFileName(input.Name);
        var reader = options.Format is { } f ? SourceReaders.ByFormat(f) : SourceReaders.Detect(fileName, head);
        if (reader is null)
        {
            var message = options.Format is null
                ? "could not tell the format from the content; name one with --format (" + string.Join(", ", SourceReaders.Formats) + ")"
                : $"unknown format '{options.Format}'; known: {string.Join(", ", SourceReaders.Formats)}";
            return Failed(input.Name, options.Format ?? "?", Diagnostic.Error(input.Name, 0, 0, message));
        }

        if (await session.FindImportedAsync(hash, cancellationToken) is { } previous)
        {
            return new SourceReport { Path = input.Name, Format = reader.Format, Title = previous.Title, AlreadyImported = true, ItemsUnchanged = previous.Items };
        }

        var info = new SourceInfo(input.Name, reader.Format, hash, options.MaxRecordLength);
        var tally = new SourceTally();
        var read = reader.Read(seekable, info, cancellationToken);
        var source = await session.AddSourceAsync(info, cancellationToken);
        var sections = new SectionSources(session, source);
        var history = new ReviewHistory();
        await AcceptAllAsync(session, read.Posts, sections.ForAsync, history.Collect, tally, () => progress?.Report(new ImportProgress(input.Name, seekable.Position, seekable.Length, tally.PostsRead)), cancellationToken);

        progress?.Report(new ImportProgress(input.Name, seekable.Length, seekable.Length, tally.PostsRead));
        var diagnostics = read.Diagnostics.ToList();
        if (!diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) && tally.PostsRead == 0)
        {
            diagnostics.Add(Diagnostic.Warning(input.Name, 0, 0, "no posts found"));
        }

        source.PostCount = tally.PostsRead;
        source.Title = read.ChannelTitle;
        tally.ChromeDropped += read.ChromeLinesDropped;
        if (!diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            await session.CompleteSourceAsync(source, cancellationToken);
            await sections.CompleteAsync(cancellationToken);
            if (history.HasReviews)
            {
                var learner = await FindLearnerAsync(session, options.Learner, cancellationToken);
                if (learner is null)
                {
                    diagnostics.Add(Diagnostic.Error(input.Name, 0, 0, $"no learner named '{options.Learner}' for the deck's review history"));
                }
                else
                {
                    tally.ReviewsImported = await history.ApplyAsync(session.Db, session, learner, session.Now, cancellationToken);
                }
            }
        }

        return tally.ToReport(input.Name, reader.Format, source.Title, diagnostics);
    }

    // Analyses posts on other threads and accepts them in order: each post goes to the source sourceOf names for it.
    private static async Task AcceptAllAsync(ImportSession session, IEnumerable<RawPost> posts, Func<RawPost, CancellationToken, Task<SourceRecord>> sourceOf, Action<RawPost> collect, SourceTally tally, Action everyThousand, CancellationToken cancellationToken)
    {
        var matched = new Queue<(PendingPost Post, SourceRecord Source)>();
        async Task AcceptAsync((PendingPost Post, SourceRecord Source) next) =>
            tally.Count(await session.AcceptAsync(next.Post, next.Source, cancellationToken), next.Post.Draft.Kind);

        await foreach (var (post, draft, probe) in AnalyzedPosts.ReadAsync(posts, session.Probe, cancellationToken))
        {
            tally.PostsRead++;
            if (tally.PostsRead % 1000 == 0)
            {
                everyThousand();
            }

            if (draft is null || probe is null)
            {
                tally.ChromeDropped++;
                continue;
            }

            tally.ChromeDropped += draft.ChromeLinesDropped;
            collect(post);
            matched.Enqueue((session.Match(draft, probe), await sourceOf(post, cancellationToken)));
            if (matched.Count > VerifiedAhead)
            {
                await AcceptAsync(matched.Dequeue());
            }
        }

        while (matched.Count > 0)
        {
            await AcceptAsync(matched.Dequeue());
        }
    }

    private static async Task<Practice.LearnerRecord?> FindLearnerAsync(ImportSession session, string? name, CancellationToken cancellationToken) =>
        name is null || name == Practice.Learners.LocalName
            ? await Practice.Learners.LocalAsync(session.Db, session.Now, cancellationToken)
            : await session.Db.Learners.FirstOrDefaultAsync(l => l.Name == name, cancellationToken);

    private static SourceReport Failed(string name, string format, Diagnostic error) =>
        new() { Path = name, Format = format, Diagnostics = [error] };

    private static async Task<Stream> CopyToTempAsync(Stream stream, CancellationToken cancellationToken)
    {
        var temp = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        await stream.CopyToAsync(temp, cancellationToken);
        temp.Position = 0;
        return temp;
    }

    internal static List<string> ExpandPaths(IReadOnlyList<string> paths, List<Diagnostic> diagnostics)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
                    .Where(f => !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                diagnostics.Add(Diagnostic.Error(path, 0, 0, "no such file or folder"));
            }
        }

        return files;
    }

    private sealed record ImportInput(string Name, Func<Stream> Open);
}
