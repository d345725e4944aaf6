using System.Data.Common;
using Sobes.Core.Library;
using Sobes.Data.Storage;

namespace Sobes.Data.Library;

/// <summary>
/// An item row read in plain SQL, as EF's mapping stores it on both providers (the key source by its stored name, the
/// post, deletion and review dates as Unix milliseconds): for the reads a short command makes without EF.
/// </summary>
internal static class PlainItems
{
    public const string Columns = """
        "Id", "Kind", "KindRule", "Title", "TitleInferred", "Question", "Answer", "NeedsAnswer", "ShapeJson", "Body", "Language",
        "OptionsJson", "KeyOption", "KeySource", "Explanation", "Topics", "Hashtags", "LinksJson", "CodeJson", "MediaJson", "Merged",
        "Richness", "Revision", "EditedByUser", "CreatedAt", "UpdatedAt", "PostedAt", "DeletedAt", "ReviewDismissedAt"
        """;

    /// <summary>The row at the reader, whose columns are <see cref="Columns"/> in order.</summary>
    public static ItemRecord Read(DbDataReader reader) => new()
    {
        Id = reader.GetInt64(0),
        Kind = reader.GetString(1),
        KindRule = reader.GetString(2),
        Title = reader.GetString(3),
        TitleInferred = reader.GetBoolean(4),
        Question = Text(reader, 5),
        Answer = Text(reader, 6),
        NeedsAnswer = reader.GetBoolean(7),
        ShapeJson = Text(reader, 8),
        Body = reader.GetString(9),
        Language = reader.GetString(10),
        OptionsJson = reader.GetString(11),
        KeyOption = reader.IsDBNull(12) ? null : reader.GetInt32(12),
        KeySource = reader.IsDBNull(13) ? null : KeySources.Parse(reader.GetString(13)),
        Explanation = Text(reader, 14),
        Topics = reader.GetString(15),
        Hashtags = reader.GetString(16),
        LinksJson = reader.GetString(17),
        CodeJson = reader.GetString(18),
        MediaJson = reader.GetString(19),
        Merged = reader.GetInt32(20),
        Richness = reader.GetInt32(21),
        Revision = reader.GetInt32(22),
        EditedByUser = reader.GetBoolean(23),
        CreatedAt = reader.GetFieldValue<DateTimeOffset>(24),
        UpdatedAt = reader.GetFieldValue<DateTimeOffset>(25),
        PostedAt = Milliseconds(reader, 26),
        DeletedAt = Milliseconds(reader, 27),
        ReviewDismissedAt = Milliseconds(reader, 28),
    };

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    // UnixMilliseconds.Nullable's reading.
    public static DateTimeOffset? Milliseconds(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));
}
