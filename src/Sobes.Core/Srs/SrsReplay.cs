using System.Text.Json;

namespace Sobes.Core.Srs;

/// <summary>
/// Replays review histories in the shape of the reference file <c>fsrs/scheduler-cases.json</c>
/// (cases of a parameter vector and reviews with rating and <c>delta_t</c>) and writes the same shape
/// with Sobes's own stability, difficulty and interval after each review.
/// </summary>
public static class SrsReplay
{
    private const string SourceName = "Sobes.Core.Srs (FSRS-6, double precision)";

    /// <summary>
    /// Replays every case of <paramref name="inputJson"/>. A malformed file, a bad parameter vector or a rating
    /// outside 1–4 throws <see cref="JsonException"/> whose message names the case (<c>cases[3]: …</c>).
    /// </summary>
    public static string Replay(string inputJson)
    {
        ArgumentNullException.ThrowIfNull(inputJson);
        using var document = JsonDocument.Parse(inputJson);
        using var output = new MemoryStream();
        Write(document.RootElement, output);
        return System.Text.Encoding.UTF8.GetString(output.ToArray());
    }

    /// <summary>Replays the file read from <paramref name="input"/> and writes the result to <paramref name="output"/> (UTF-8); errors as for the string overload.</summary>
    public static void Replay(Stream input, Stream output)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        using var document = JsonDocument.Parse(input);
        Write(document.RootElement, output);
    }

    private static void Write(JsonElement root, Stream output)
    {
        var retention = root.TryGetProperty("desired_retention", out var r) ? new Retention(r.GetDouble()) : Retention.Default;
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, IndentSize = 1 });
        writer.WriteStartObject();
        writer.WriteString("source", SourceName);
        writer.WriteNumber("desired_retention", retention.Value);
        writer.WriteStartArray("cases");
        var index = 0;
        foreach (var replayCase in Required(root, "cases").EnumerateArray())
        {
            try
            {
                WriteCase(writer, replayCase, retention);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or JsonException)
            {
                throw new JsonException($"cases[{index}]: {e.Message}", e);
            }

            index++;
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteCase(Utf8JsonWriter writer, JsonElement replayCase, Retention retention)
    {
        var values = Required(replayCase, "params").EnumerateArray().Select(p => p.GetDouble()).ToList();
        var parameters = FsrsParameters.Create(values);
        writer.WriteStartObject();
        writer.WriteStartArray("params");
        values.ForEach(writer.WriteNumberValue);
        writer.WriteEndArray();
        writer.WriteStartArray("reviews");
        MemoryState? memory = null;
        foreach (var review in Required(replayCase, "reviews").EnumerateArray())
        {
            var rating = new Rating(Required(review, "rating").GetInt32());
            var deltaT = Required(review, "delta_t").GetInt32();
            var next = Fsrs.Step(parameters, memory, deltaT, rating);
            memory = next;
            writer.WriteStartObject();
            writer.WriteNumber("rating", rating.Value);
            writer.WriteNumber("delta_t", deltaT);
            writer.WriteNumber("stability", next.Stability.Days);
            writer.WriteNumber("difficulty", next.Difficulty.Value);
            writer.WriteNumber("interval", Fsrs.NextInterval(parameters, next.Stability, retention));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static JsonElement Required(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value : throw new JsonException($"Missing property '{name}'.");
}
