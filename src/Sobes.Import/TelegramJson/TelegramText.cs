using System.Text;
using System.Text.Json;
using Sobes.Core.Posts;

namespace Sobes.Import.TelegramJson;

/// <summary>What a Telegram text (a string or an array of strings and entities) holds once flattened.</summary>
internal sealed record TelegramText(string Text, string? Title, IReadOnlyList<string> Links, IReadOnlyList<string> Hashtags, IReadOnlyList<CodeBlock> Code)
{
    public static readonly TelegramText Empty = new("", null, [], [], []);

    /// <summary>Flattens <c>text_entities</c> (preferred) or <c>text</c>.</summary>
    public static TelegramText FromMessage(JsonElement message)
    {
        if (message.TryGetProperty("text_entities", out var entities) && entities.ValueKind == JsonValueKind.Array)
        {
            return From(entities);
        }

        return message.TryGetProperty("text", out var text) ? From(text) : Empty;
    }

    public static TelegramText From(JsonElement value)
    {
        var builder = new Builder();
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                builder.Add("plain", value.GetString() ?? "", null, null);
                break;
            case JsonValueKind.Array:
                foreach (var piece in value.EnumerateArray())
                {
                    AddPiece(builder, piece);
                }

                break;
            case JsonValueKind.Object:
                AddPiece(builder, value);
                break;
        }

        return builder.Build();
    }

    private static void AddPiece(Builder builder, JsonElement piece)
    {
        if (piece.ValueKind == JsonValueKind.String)
        {
            builder.Add("plain", piece.GetString() ?? "", null, null);
            return;
        }

        if (piece.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        builder.Add(
            StringProperty(piece, "type") ?? "plain",
            StringProperty(piece, "text") ?? "",
            StringProperty(piece, "href"),
            StringProperty(piece, "language"));
    }

    internal static string? StringProperty(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private sealed class Builder
    {
        private readonly StringBuilder _text = new();
        private readonly List<string> _links = [];
        private readonly List<string> _hashtags = [];
        private readonly List<CodeBlock> _code = [];
        private bool _onFirstLine = true;
        private bool _firstLineBold;
        private bool _firstLinePlainWords;

        public void Add(string type, string text, string? href, string? language)
        {
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
            switch (type)
            {
                case "pre":
                    _code.Add(new CodeBlock(string.IsNullOrWhiteSpace(language) ? null : language, text));
                    break;
                case "text_link" when !string.IsNullOrWhiteSpace(href):
                    AddOnce(_links, href);
                    break;
                case "link":
                    AddOnce(_links, text.Trim());
                    break;
                case "hashtag":
                    AddOnce(_hashtags, text.Trim());
                    break;
            }

            TrackFirstLine(type, text);
            _text.Append(text);
        }

        private void TrackFirstLine(string type, string text)
        {
            if (!_onFirstLine)
            {
                return;
            }

            var newline = text.IndexOf('\n', StringComparison.Ordinal);
            var head = newline >= 0 ? text.AsSpan(0, newline) : text.AsSpan();
            if (newline >= 0 && _text.Length + newline > 0)
            {
                _onFirstLine = false;
            }

            var hasWords = HasWords(head);
            if (type == "bold")
            {
                _firstLineBold |= hasWords;
            }
            else
            {
                _firstLinePlainWords |= hasWords;
            }
        }

        private static bool HasWords(ReadOnlySpan<char> text)
        {
            foreach (var c in text)
            {
                if (char.IsLetterOrDigit(c))
                {
                    return true;
                }
            }

            return false;
        }

        private static void AddOnce(List<string> list, string value)
        {
            if (value.Length > 0 && !list.Contains(value))
            {
                list.Add(value);
            }
        }

        public TelegramText Build()
        {
            var text = _text.ToString().TrimEnd();
            string? title = null;
            if (_firstLineBold && !_firstLinePlainWords)
            {
                var end = text.IndexOf('\n', StringComparison.Ordinal);
                title = (end >= 0 ? text[..end] : text).Trim();
            }

            return new TelegramText(text, string.IsNullOrEmpty(title) ? null : title, _links, _hashtags, _code);
        }
    }
}
