using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Sobes.Core.Cards;
using Sobes.Core.Library;
using Sobes.Core.Srs;

namespace Sobes.Data.Storage;

/// <summary>
/// Enums stored as the names Core gives them ("multiple-choice", "author", "undo"), not EF's default enum names, so
/// the stored strings stay what they always were and no layer above Data sees them.
/// </summary>
internal static class StoredNames
{
    public static readonly ValueConverter<CardType, string> CardType = new(v => v.Name(), v => CardTypes.Parse(v));

    public static readonly ValueConverter<KeySource, string> KeySource = new(v => v.Name(), v => KeySources.Parse(v));

    public static readonly ValueConverter<ReviewKind, string> ReviewKind = new(v => v.Name(), v => ReviewKinds.Parse(v));
}

/// <summary>Writes and reads a key source in JSON by its stored name, as the API and exports always spelled it.</summary>
internal sealed class KeySourceJson : System.Text.Json.Serialization.JsonConverter<KeySource>
{
    public override KeySource Read(ref System.Text.Json.Utf8JsonReader reader, Type typeToConvert, System.Text.Json.JsonSerializerOptions options) =>
        KeySources.Parse(reader.GetString() ?? "");

    public override void Write(System.Text.Json.Utf8JsonWriter writer, KeySource value, System.Text.Json.JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Name());
    }
}
