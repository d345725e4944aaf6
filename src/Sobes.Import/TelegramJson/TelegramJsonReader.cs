using Sobes.Core.Posts;
using Sobes.Import.Text;

namespace Sobes.Import.TelegramJson;

/// <summary>
/// Reads Telegram Desktop's JSON export (<c>result.json</c>): one chat, or a whole account with many chats.
/// Streams: memory is bounded by the largest single message, not the file.
/// </summary>
public sealed class TelegramJsonReader : ISourceReader
{
    public const string FormatName = "telegram-json";

    public string Format => FormatName;

    public double Detect(string fileName, ReadOnlySpan<byte> head)
    {
        var isJson = fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
        var hasMessages = head.IndexOf("\"messages\""u8) >= 0;
        var hasMarkers = head.IndexOf("\"date_unixtime\""u8) >= 0
            || head.IndexOf("\"text_entities\""u8) >= 0
            || head.IndexOf("_channel\""u8) >= 0
            || head.IndexOf("\"personal_chat\""u8) >= 0
            || (head.IndexOf("\"chats\""u8) >= 0 && head.IndexOf("\"list\""u8) >= 0);
        var startsLikeObject = head.TrimStart((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF, (byte)' ', (byte)'\t', (byte)'\r', (byte)'\n']).StartsWith("{"u8);
        return (isJson, hasMessages || hasMarkers, startsLikeObject) switch
        {
            (true, true, _) => 0.95,
            (false, true, true) => 0.6,
            (true, false, true) => 0.2,
            (true, false, false) => 0.05,
            _ => 0.0,
        };
    }

    public SourceRead Read(Stream content, SourceInfo source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(source);
        return new SourceRead(read => ReadLazily(content, source, read, cancellationToken));
    }

    private static IEnumerable<RawPost> ReadLazily(Stream content, SourceInfo source, SourceRead read, CancellationToken cancellationToken)
    {
        var maxMessageBytes = MaxMessageBytes(source);
        var scanner = new TelegramExportScanner(content, source.Path, maxMessageBytes);
        var ready = new Queue<RawPost>();
        var more = true;
        while (more)
        {
            cancellationToken.ThrowIfCancellationRequested();
            more = scanner.Step(
                (message, line) =>
                {
                    var post = TelegramMessageConverter.Convert(message, scanner.IsAccountExport ? scanner.ChatName ?? "?" : null, line);
                    if (post is not null && RecordLimit.Admits(source, post, read.Log))
                    {
                        ready.Enqueue(post);
                    }
                },
                (id, line) =>
                {
                    var place = (scanner.IsAccountExport ? $"chat {scanner.ChatName ?? "?"} / " : "") + $"message {id ?? "?"}";
                    read.Log.Add(RecordLimit.LeftOut(source, line, place, $"over {maxMessageBytes} bytes of JSON"));
                });

            // Messages before an error are whole and parsed; the error is reported after them and nothing follows it.
            while (ready.TryDequeue(out var post))
            {
                yield return post;
            }
        }

        // A single chat's export names it at the top; an account export has no one name.
        if (!scanner.IsAccountExport)
        {
            read.NameChannel(scanner.RootName);
        }

        if (scanner.Error is { } error)
        {
            read.Log.Add(error);
        }
    }

    /// <summary>
    /// The most bytes of JSON a message may take before it is passed over unread: room for its text twice (as "text" and
    /// "text_entities"), each character up to six bytes (an escape), and its other fields; never below 64 KiB.
    /// </summary>
    private static int MaxMessageBytes(SourceInfo source) => (int)Math.Clamp(source.MaxRecordLength * 16L, 64 * 1024, int.MaxValue / 4);
}
