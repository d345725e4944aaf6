using Sobes.Data.Storage;

namespace Sobes.Data.Library.Editing;

/// <summary>
/// Editors fix the library: edit an item's fields, merge one item into another, split a post out of a merged
/// item. Each operation is one transaction that also appends to the edit log; the items' triggers log the change,
/// and this process's search index follows it right after the commit (other processes within a second).
/// A refused request is a result with messages, never an exception.
/// </summary>
public sealed class LibraryEditor(SobesDatabase database, TimeProvider time)
{
    /// <summary>Changes the fields <paramref name="edit"/> sets; bumps the item's revision so its cards regenerate.</summary>
    public Task<EditResult> EditAsync(long itemId, ItemEdit edit, string editor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        return RunAsync(editor, (db, now) => ItemEditing.EditAsync(db, itemId, edit, Editor(editor), now, cancellationToken), cancellationToken);
    }

    /// <summary>Merges <paramref name="otherId"/> into <paramref name="itemId"/>: its posts, cards and review history move over, and it disappears.</summary>
    public Task<EditResult> MergeAsync(long itemId, long otherId, string editor, CancellationToken cancellationToken = default) =>
        RunAsync(editor, (db, now) => ItemMerging.MergeAsync(db, itemId, otherId, Editor(editor), now, cancellationToken), cancellationToken);

    /// <summary>Takes one provenance out of a merged item into a new item rebuilt from that post's stored text.</summary>
    public Task<EditResult> SplitAsync(long itemId, long provenanceId, string editor, CancellationToken cancellationToken = default) =>
        RunAsync(editor, (db, now) => ItemSplitting.SplitAsync(db, itemId, provenanceId, Editor(editor), now, cancellationToken), cancellationToken);

    private static string Editor(string editor) => editor.Length > 128 ? editor[..128] : editor;

    private async Task<EditResult> RunAsync(string editor, Func<SobesDbContext, DateTimeOffset, Task<EditResult>> operation, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(editor);
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await operation(db, time.GetUtcNow());
        if (result.Status != EditStatus.Done)
        {
            return result;
        }

        await transaction.CommitAsync(cancellationToken);
        await database.Search.FollowAsync(cancellationToken: CancellationToken.None);
        return result;
    }
}
