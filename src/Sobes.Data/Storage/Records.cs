namespace Sobes.Data.Storage;

/// <summary>One imported file, recognised on re-import by its content hash.</summary>
public sealed class SourceRecord
{
    public long Id { get; set; }

    public required string Path { get; set; }

    public required string Format { get; set; }

    public string? Title { get; set; }

    public required string ContentHash { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    public int PostCount { get; set; }

    /// <summary>When an editor deleted the source (its items went with it); null while it is in the library.</summary>
    public DateTimeOffset? DeletedAt { get; set; }
}

/// <summary>One item of the library. Lists are stored as JSON; topics and hashtags also as "|a|b|" for filtering in SQL.</summary>
public sealed class ItemRecord
{
    public long Id { get; set; }

    public required string Kind { get; set; }

    public required string KindRule { get; set; }

    public required string Title { get; set; }

    /// <summary>True when the title was made by the pipeline because the post's question was lost.</summary>
    public bool TitleInferred { get; set; }

    public string? Question { get; set; }

    public string? Answer { get; set; }

    /// <summary>True when the source hid the answer or a question has none: kept out of practice until answered.</summary>
    public bool NeedsAnswer { get; set; }

    /// <summary>A fill-in or matching task's shape as JSON of <see cref="Core.Posts.TaskShape"/>; null for any other item.</summary>
    public string? ShapeJson { get; set; }

    public required string Body { get; set; }

    public required string Language { get; set; }

    public string OptionsJson { get; set; } = "[]";

    public int? KeyOption { get; set; }

    /// <summary>Who set <see cref="KeyOption"/>; stored by name ("author", "crowd", "user").</summary>
    public Core.Library.KeySource? KeySource { get; set; }

    public string? Explanation { get; set; }

    public string Topics { get; set; } = "";

    public string Hashtags { get; set; } = "";

    public string LinksJson { get; set; } = "[]";

    public string CodeJson { get; set; } = "[]";

    public string MediaJson { get; set; } = "[]";

    /// <summary>How many posts the item absorbed (1 for a post seen once).</summary>
    public int Merged { get; set; } = 1;

    /// <summary>Richness of the version kept; a richer duplicate replaces the content.</summary>
    public int Richness { get; set; }

    /// <summary>Increases whenever the item's content changes; cards remember the revision they were built from.</summary>
    public int Revision { get; set; } = 1;

    /// <summary>Set when an editor changed the item: imports then never overwrite its content.</summary>
    public bool EditedByUser { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When the item's first post was published, or imported for a source without dates: the list's "newest first".</summary>
    public DateTimeOffset? PostedAt { get; set; }

    /// <summary>When an editor deleted the item (a soft delete: it leaves lists, search, practice, exports and stats); null while it is in the library.</summary>
    public DateTimeOffset? DeletedAt { get; set; }

    /// <summary>When an editor dismissed the item from the review queue; imports and re-analysis keep it.</summary>
    public DateTimeOffset? ReviewDismissedAt { get; set; }

    public List<ItemSourceRecord> Sources { get; set; } = [];
}

/// <summary>One provenance of an item: the post it was read from.</summary>
public sealed class ItemSourceRecord
{
    public long Id { get; set; }

    public long ItemId { get; set; }

    public ItemRecord? Item { get; set; }

    public long SourceId { get; set; }

    public SourceRecord? Source { get; set; }

    public required string Locator { get; set; }

    public int Line { get; set; }

    public DateTimeOffset? Date { get; set; }

    public int? Views { get; set; }

    public string ReactionsJson { get; set; } = "[]";

    public string? ForwardedFrom { get; set; }

    public required string Text { get; set; }

    public required string TextHash { get; set; }

    /// <summary>The post's poll as read (JSON of <see cref="Core.Posts.Poll"/>), or null for a post without one.</summary>
    public string? PollJson { get; set; }
}

/// <summary>Key–value facts about the database itself (the search index stamp).</summary>
public sealed class MetaRecord
{
    public required string Key { get; set; }

    public required string Value { get; set; }
}

/// <summary>
/// One row of the change log the search index follows: item <see cref="ItemId"/> was added, changed or removed.
/// Written by triggers on <c>items</c> in the transaction of the change, whoever makes it. <see cref="Seq"/> grows in
/// commit order (SQLite: the writer's next number; PostgreSQL: numbered at commit under a lock), so a process that has
/// applied every change up to a number has seen every committed change below it. Null only inside the writing
/// transaction on PostgreSQL.
/// </summary>
public sealed class ItemChangeRecord
{
    public long Id { get; set; }

    public long ItemId { get; set; }

    public long? Seq { get; set; }
}
