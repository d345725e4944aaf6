using System.Globalization;
using System.Text.Json;
using Sobes.Core.Posts;

namespace Sobes.Import.TelegramJson;

/// <summary>Turns one message object of a Telegram Desktop JSON export into a <see cref="RawPost"/>.</summary>
internal static class TelegramMessageConverter
{
    /// <summary>Null for service messages and messages that carry nothing.</summary>
    public static RawPost? Convert(JsonElement message, string? chatName, int line)
    {
        if (message.ValueKind != JsonValueKind.Object || TelegramText.StringProperty(message, "type") is { } type && type != "message")
        {
            return null;
        }

        var text = TelegramText.FromMessage(message);
        var poll = message.TryGetProperty("poll", out var pollElement) ? TelegramPollConverter.Convert(pollElement) : null;
        var media = TelegramMediaDescriber.Describe(message);
        if (text.Text.Length == 0 && poll is null && media.Count == 0)
        {
            return null;
        }

        var id = IdOf(message);
        var locator = chatName is null ? $"message {id}" : $"chat {chatName} / message {id}";
        return new RawPost
        {
            Locator = locator,
            Line = line,
            Text = text.Text.Length == 0 && poll is not null ? poll.Question : text.Text,
            TitleHint = text.Title,
            KindHint = poll is null ? PostKindHint.None : PostKindHint.Quiz,
            Poll = poll,
            Code = text.Code,
            Links = text.Links,
            Hashtags = text.Hashtags,
            Media = media,
            Date = DateOf(message),
            Views = IntProperty(message, "views"),
            Reactions = ReactionsOf(message),
            ForwardedFrom = TelegramText.StringProperty(message, "forwarded_from"),
        };
    }

    private static string IdOf(JsonElement message) =>
        message.TryGetProperty("id", out var id) ? id.ValueKind switch
        {
            JsonValueKind.Number => id.GetRawText(),
            JsonValueKind.String => id.GetString() ?? "?",
            _ => "?",
        } : "?";

    internal static int? IntProperty(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt32(out var number) => number,
            JsonValueKind.String when int.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => number,
            _ => null,
        };
    }

    private static DateTimeOffset? DateOf(JsonElement message)
    {
        if (message.TryGetProperty("date_unixtime", out var unix))
        {
            var seconds = unix.ValueKind switch
            {
                JsonValueKind.Number when unix.TryGetInt64(out var n) => n,
                JsonValueKind.String when long.TryParse(unix.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
                _ => (long?)null,
            };
            if (seconds is { } s && s is > -62135596800 and < 253402300799)
            {
                return DateTimeOffset.FromUnixTimeSeconds(s);
            }
        }

        // Desktop writes "date" in the exporting machine's local time without an offset; read it as UTC.
        return TelegramText.StringProperty(message, "date") is { } date
            && DateTime.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed)
            ? new DateTimeOffset(parsed, TimeSpan.Zero)
            : null;
    }

    private static IReadOnlyList<Reaction> ReactionsOf(JsonElement message)
    {
        if (!message.TryGetProperty("reactions", out var reactions) || reactions.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var list = new List<Reaction>();
        foreach (var reaction in reactions.EnumerateArray())
        {
            if (reaction.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var emoji = TelegramText.StringProperty(reaction, "emoji")
                ?? (TelegramText.StringProperty(reaction, "type") == "paid" ? "⭐" : null)
                ?? (TelegramText.StringProperty(reaction, "document_id") is { } document ? "custom:" + document : "custom_emoji");
            list.Add(new Reaction(emoji, IntProperty(reaction, "count") ?? 0));
        }

        return list;
    }
}
