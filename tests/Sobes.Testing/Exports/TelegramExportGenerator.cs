using System.Text.Json;

namespace Sobes.Testing.Exports;

/// <summary>
/// Writes a synthetic single-channel Telegram Desktop JSON export for benchmarks and streaming tests: questions with bold
/// headers, notes, polls with votes, problems, ads, code, links, service messages and about 10% duplicates.
/// Deterministic for a given seed.
/// </summary>
public static partial class TelegramExportGenerator
{
    [ThreadStatic]
    private static bool distinctText;

    /// <summary>Writes <paramref name="messages"/> messages (a few of them service messages) to <paramref name="output"/>.</summary>
    public static void Write(Stream output, int messages, int seed) => Write(output, messages, seed, false);

    /// <summary>
    /// As <see cref="Write(Stream, int, int)"/>; with <paramref name="distinct"/> every sentence also carries a clause of
    /// generated words, so posts that are not planted duplicates differ as real posts do (for import benchmarks,
    /// where the duplicate finder would otherwise merge the stock sentences).
    /// </summary>
    public static void Write(Stream output, int messages, int seed, bool distinct)
    {
        distinctText = distinct;
        try
        {
            WriteAll(output, messages, seed);
        }
        finally
        {
            distinctText = false;
        }
    }

    private static void WriteAll(Stream output, int messages, int seed)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfNegative(messages);
        var random = new Random(seed);
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteString("name", "Generated ML interview channel");
        writer.WriteString("type", "public_channel");
        writer.WriteNumber("id", 1000000000 + seed);
        writer.WriteStartArray("messages");
        var start = new DateTimeOffset(2024, 1, 1, 8, 0, 0, TimeSpan.Zero);
        for (var id = 1; id <= messages; id++)
        {
            var date = start.AddMinutes(id * 37L);
            writer.WriteStartObject();
            writer.WriteNumber("id", id);
            var kind = random.Next(100);
            if (kind < 2)
            {
                WriteService(writer, date);
            }
            else
            {
                WriteHeader(writer, date);
                WriteBody(writer, random, kind, id);
            }

            writer.WriteEndObject();
            if (id % 512 == 0)
            {
                writer.Flush();
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    private static void WriteService(Utf8JsonWriter writer, DateTimeOffset date)
    {
        writer.WriteString("type", "service");
        WriteDate(writer, date);
        writer.WriteString("actor", "Generated ML interview channel");
        writer.WriteString("action", "pin_message");
        writer.WriteString("text", "");
        writer.WriteStartArray("text_entities");
        writer.WriteEndArray();
    }

    private static void WriteHeader(Utf8JsonWriter writer, DateTimeOffset date)
    {
        writer.WriteString("type", "message");
        WriteDate(writer, date);
        writer.WriteString("from", "Generated ML interview channel");
        writer.WriteString("from_id", "channel1000000000");
    }

    private static void WriteDate(Utf8JsonWriter writer, DateTimeOffset date)
    {
        writer.WriteString("date", date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteString("date_unixtime", date.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
