using System.Text.Json;
using Sobes.Core.Posts;

namespace Sobes.Import.Decks.Anki;

/// <summary>
/// The FSRS memory state in a card's <c>data</c> column, as modern Anki writes it (rslib storage/card/data.rs:
/// <c>{"s": stability, "d": difficulty, "dr": desired retention, …}</c>); null when the card has none or it is out of range.
/// </summary>
internal static class CardMemory
{
    public static PastMemory? Of(string data)
    {
        if (string.IsNullOrWhiteSpace(data) || !data.Contains("\"s\"", StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(data);
            var root = json.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number && s.GetDouble() is var stability
                && root.TryGetProperty("d", out var d) && d.ValueKind == JsonValueKind.Number && d.GetDouble() is var difficulty
                && double.IsFinite(stability) && stability > 0 && double.IsFinite(difficulty) && difficulty is >= 1 and <= 10
                ? new PastMemory(stability, difficulty)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
