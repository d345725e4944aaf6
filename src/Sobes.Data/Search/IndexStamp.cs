using System.Globalization;

namespace Sobes.Data.Search;

/// <summary>
/// What a library's search index reflects, kept in the index's commit data: the format its documents are built in,
/// the database it mirrors (the library's id) and the last change of that database's change log it has applied.
/// An index whose stamp is missing, unreadable, of another format or of another library is rebuilt.
/// </summary>
internal sealed record IndexStamp(string Library, long Position)
{
    /// <summary>Bump when documents, fields or analysis change, so indexes built by older code are rebuilt.</summary>
    public const int Format = 2;

    private const string Prefix = "v2;";

    public override string ToString() => Prefix + Library + ";" + Position.ToString(CultureInfo.InvariantCulture);

    /// <summary>The stamp in <paramref name="text"/>, or null when it is not one of this format.</summary>
    public static IndexStamp? Parse(string? text)
    {
        if (text is null || !text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = text[Prefix.Length..].Split(';');
        return parts.Length == 2 && parts[0].Length > 0 && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var position)
            ? new IndexStamp(parts[0], position)
            : null;
    }
}
