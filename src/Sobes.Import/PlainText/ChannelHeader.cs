using System.Text.RegularExpressions;

namespace Sobes.Import.PlainText;

/// <summary>
/// The block a channel preview page opens with: name, "24.5K subscribers", media counts, the description,
/// and "Download Telegram". None of it belongs to a post.
/// </summary>
/// <param name="BodyStart">Index of the first line after the header (0 when there is no header).</param>
/// <param name="Title">The channel's name when the header states it.</param>
internal sealed partial record ChannelHeader(int BodyStart, string? Title)
{
    private const int SubscribersSearchDepth = 8;
    private const int DescriptionSearchDepth = 60;

    public static ChannelHeader Find(IReadOnlyList<string> lines)
    {
        var nonBlankSeen = 0;
        for (var i = 0; i < lines.Count && nonBlankSeen < SubscribersSearchDepth; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            nonBlankSeen++;
            if (line.Length <= 40 && Subscribers().IsMatch(line))
            {
                return new ChannelHeader(EndOfHeader(lines, i + 1), TitleAbove(lines, i));
            }
        }

        return new ChannelHeader(0, null);
    }

    private static string? TitleAbove(IReadOnlyList<string> lines, int subscribersLine)
    {
        for (var i = subscribersLine - 1; i >= 0; i--)
        {
            var line = lines[i].Trim();
            if (line.Length > 0)
            {
                return line.Length <= 120 ? Emoji.StripLeading(line) : null;
            }
        }

        return null;
    }

    private static int EndOfHeader(IReadOnlyList<string> lines, int afterSubscribers)
    {
        var limit = Math.Min(lines.Count, afterSubscribers + DescriptionSearchDepth);
        for (var i = afterSubscribers; i < limit; i++)
        {
            if (lines[i].Trim().Equals("Download Telegram", StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        var end = afterSubscribers;
        while (end < lines.Count && (lines[end].Trim().Length == 0 || (lines[end].Length <= 40 && Counter().IsMatch(lines[end].Trim()))))
        {
            end++;
        }

        return end;
    }

    [GeneratedRegex(@"^[\d.,\s]+[KkMmКкМм]?\s+(subscribers?|members?|подписчик\w*|участник\w*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Subscribers();

    [GeneratedRegex(@"^[\d.,\s]+[KkMmКкМм]?\s+(photos?|videos?|files?|links?|фото\w*|видео\w*|файл\w*|ссыл\w*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Counter();
}
