namespace Sobes.Data.Library.Editing;

/// <summary>
/// One change an editor made to the library, appended and never changed. It outlives the items it names (a
/// merged-away item is deleted, its row here stays), so it carries no foreign keys.
/// </summary>
public sealed class ItemEditRecord
{
    public long Id { get; set; }

    /// <summary>The item changed: the edited item, the item that absorbed another, or the item split.</summary>
    public long ItemId { get; set; }

    /// <summary>"edit", "merge", "split", "delete", "restore", "dismiss" or "reanalyze".</summary>
    public required string Action { get; set; }

    /// <summary>For a merge, the item absorbed (now gone); for a split, the new item.</summary>
    public long? OtherItemId { get; set; }

    /// <summary>For a delete or restore that a whole source's did, the source.</summary>
    public long? SourceId { get; set; }

    /// <summary>For a split, the provenance taken out.</summary>
    public long? ProvenanceId { get; set; }

    /// <summary>For an edit, the fields the editor set, as "|title|kind|": re-imports keep them.</summary>
    public string Fields { get; set; } = "";

    public required string Editor { get; set; }

    public DateTimeOffset At { get; set; }

    public required string BeforeJson { get; set; }

    public required string AfterJson { get; set; }
}
