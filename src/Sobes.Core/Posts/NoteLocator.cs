namespace Sobes.Core.Posts;

/// <summary>
/// The locator of a post whose format gives it an identity that outlives the file (an Anki note's GUID): "note GUID".
/// An import finds the item of an earlier version of the note by it, so re-importing changes nothing and a newer
/// version of the note updates its item.
/// </summary>
public static class NoteLocator
{
    public const string Prefix = "note ";

    public static string Of(string guid)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(guid);
        return Prefix + guid.Trim();
    }

    public static bool IsNote(string locator) => locator?.StartsWith(Prefix, StringComparison.Ordinal) == true;
}
