using System.Globalization;
using System.Text.Json;

namespace Sobes.Import.TelegramJson;

/// <summary>Describes what media a message carried: "photo", "video: talk.mp4", "file: cheatsheet.pdf (1.3 MB)".</summary>
internal static class TelegramMediaDescriber
{
    public static IReadOnlyList<string> Describe(JsonElement message)
    {
        var media = new List<string>();
        if (message.TryGetProperty("photo", out _))
        {
            media.Add("photo");
        }

        var mediaType = TelegramText.StringProperty(message, "media_type");
        if (message.TryGetProperty("file", out _) || mediaType is not null)
        {
            media.Add(DescribeFile(message, mediaType));
        }

        if (message.TryGetProperty("location_information", out _))
        {
            media.Add("location");
        }

        if (message.TryGetProperty("contact_information", out _))
        {
            media.Add("contact");
        }

        return media;
    }

    private static string DescribeFile(JsonElement message, string? mediaType)
    {
        var name = TelegramText.StringProperty(message, "file_name");
        var label = mediaType switch
        {
            "sticker" => "sticker",
            "video_file" => "video",
            "video_message" => "video message",
            "voice_message" => "voice message",
            "audio_file" => "audio",
            "animation" => "animation",
            _ => "file",
        };
        if (label is "sticker" or "video message" or "voice message" or "animation")
        {
            return label;
        }

        name ??= TelegramText.StringProperty(message, "title") ?? TelegramText.StringProperty(message, "mime_type");
        var size = message.TryGetProperty("file_size", out var s) && s.ValueKind == JsonValueKind.Number && s.TryGetInt64(out var bytes) ? FormatSize(bytes) : null;
        return (name, size) switch
        {
            (null, null) => label,
            (null, _) => $"{label} ({size})",
            (_, null) => $"{label}: {name}",
            _ => $"{label}: {name} ({size})",
        };
    }

    internal static string FormatSize(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KB",
        _ => (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
    };
}
