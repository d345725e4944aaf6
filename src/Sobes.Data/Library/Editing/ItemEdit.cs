namespace Sobes.Data.Library.Editing;

/// <summary>
/// What an editor changes about an item; a null field stays as it is. An empty question or answer clears it.
/// </summary>
public sealed record ItemEdit
{
    public string? Title { get; init; }

    /// <summary>One of the kind names: question, note, quiz, problem, case, resource, ad.</summary>
    public string? Kind { get; init; }

    /// <summary>The right option (0-based); recorded with key source "user".</summary>
    public int? Key { get; init; }

    /// <summary>Taxonomy slugs; the list replaces the item's topics (an empty list removes them all).</summary>
    public IReadOnlyList<string>? Topics { get; init; }

    public string? Question { get; init; }

    public string? Answer { get; init; }

    public string? Body { get; init; }

    public bool IsEmpty => Title is null && Kind is null && Key is null && Topics is null && Question is null && Answer is null && Body is null;
}

/// <summary>How an editing operation ended.</summary>
public enum EditStatus
{
    /// <summary>The change was committed and logged.</summary>
    Done,

    /// <summary>Nothing differed from what the item already holds; nothing was written.</summary>
    Unchanged,

    /// <summary>An item or provenance named does not exist.</summary>
    NotFound,

    /// <summary>The request was refused; <see cref="EditResult.Errors"/> says why.</summary>
    Invalid,
}

/// <summary>A refused field and why, e.g. ("kind", "unknown kind 'qestion'; known: question, note, …").</summary>
public sealed record EditError(string Field, string Message);

/// <summary>The outcome of an edit, a merge or a split.</summary>
public sealed record EditResult(EditStatus Status, long ItemId, IReadOnlyList<EditError> Errors)
{
    /// <summary>For a split, the item made from the provenance taken out.</summary>
    public long? NewItemId { get; init; }

    /// <summary>The edit log entry written, when one was.</summary>
    public long? LogId { get; init; }

    public bool Succeeded => Status is EditStatus.Done or EditStatus.Unchanged;

    internal static EditResult NotFound(long itemId, string field, string message) => new(EditStatus.NotFound, itemId, [new EditError(field, message)]);

    internal static EditResult Invalid(long itemId, IReadOnlyList<EditError> errors) => new(EditStatus.Invalid, itemId, errors);

    internal static EditResult Invalid(long itemId, string field, string message) => new(EditStatus.Invalid, itemId, [new EditError(field, message)]);
}
