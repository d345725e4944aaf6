using Sobes.Import.Decks;
using Sobes.Import.Decks.Anki;
using Sobes.Import.Markdown;
using Sobes.Import.PlainText;
using Sobes.Import.QuizPage;
using Sobes.Import.TelegramHtml;
using Sobes.Import.TelegramJson;

namespace Sobes.Import;

/// <summary>Every reader Sobes has, and format detection from a file's name and first bytes.</summary>
public static class SourceReaders
{
    private const int HeadBytes = 64 * 1024;

    public static IReadOnlyList<ISourceReader> All { get; } =
    [
        new TelegramJsonReader(),
        new TelegramHtmlReader(),
        new QuizPageReader(),
        new MarkdownQaReader(),
        new AnkiPackageReader(),
        new AnkiTextReader(),
        new CsvDeckReader(),
        new QuizletReader(),
        new PlainTextChannelReader(),
    ];

    public static IReadOnlyList<string> Formats { get; } = All.Select(r => r.Format).ToList();

    public static ISourceReader? ByFormat(string format) =>
        All.FirstOrDefault(r => r.Format.Equals(format.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The reader most confident about the content; null when none claims it.</summary>
    public static ISourceReader? Detect(string fileName, ReadOnlySpan<byte> head)
    {
        ISourceReader? best = null;
        var bestScore = 0.0;
        foreach (var reader in All)
        {
            var score = reader.Detect(fileName, head);
            if (score > bestScore)
            {
                (best, bestScore) = (reader, score);
            }
        }

        return best;
    }

    /// <summary>Reads up to 64 KiB from the start of a seekable stream and rewinds it.</summary>
    public static byte[] ReadHead(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new byte[HeadBytes];
        var total = 0;
        int n;
        while (total < buffer.Length && (n = stream.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += n;
        }

        stream.Position = 0;
        return buffer[..total];
    }

    /// <summary>Lower-case hex SHA-256 of a stream's bytes; rewinds the stream.</summary>
    public static string ContentHash(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var hash = System.Security.Cryptography.SHA256.HashData(stream);
        stream.Position = 0;
        return Convert.ToHexStringLower(hash);
    }
}
