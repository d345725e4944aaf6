using System.Text.RegularExpressions;

namespace Sobes.Import.PlainText;

/// <summary>Recognises the shapes a copied channel page gives its lines. Every test bounds the length first, so a huge line costs one pass.</summary>
internal static partial class LineShapes
{
    private static readonly string[] Placeholders =
    [
        "Please open Telegram to view this post",
        "VIEW IN TELEGRAM",
        "Откройте Telegram, чтобы посмотреть этот пост",
    ];

    private static readonly string[] MirrorChrome = ["Telegram Web Link", "Back to Top", "HTML Embed Code:", "HTML Embed Code", "Download Telegram"];

    private static readonly string[] Pointers = ["👉", "🔗", "👇", "➡", "📎"];

    private static readonly string[] TeaserWords =
    [
        "читать", "подписаться", "подробнее", "смотреть", "статья", "статье", "статью", "ссылк", "забронировать", "записаться", "зарегистрир",
        "перейти", "узнать больше", "купить", "read more", "subscribe", "learn more", "sign up", "register", "article", "link",
    ];

    public static bool IsPlaceholder(string line) =>
        line.Length < 60 && Placeholders.Any(p => line.Equals(p, StringComparison.OrdinalIgnoreCase));

    public static bool IsPlaceholderTail(string line) => line.Equals("VIEW IN TELEGRAM", StringComparison.OrdinalIgnoreCase);

    /// <summary>Page furniture of a preview or a mirror: "Telegram Web Link", "Back to Top", a bare timestamp, "РКН: …".</summary>
    public static bool IsChrome(string line)
    {
        if (line.Length > 120)
        {
            return false;
        }

        return MirrorChrome.Any(c => line.Equals(c, StringComparison.OrdinalIgnoreCase))
            || line.StartsWith("РКН:", StringComparison.Ordinal)
            || Timestamp().IsMatch(line);
    }

    /// <summary>"@channel_name" alone on a line: the author's signature that closes a post.</summary>
    public static bool IsHandleSignature(string line) => line.Length <= 40 && Handle().IsMatch(line);

    public static bool IsHashtagLine(string line)
    {
        if (line.Length is < 2 or > 300 || line[0] != '#')
        {
            return false;
        }

        return line.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(token => HashtagToken().IsMatch(token));
    }

    public static IEnumerable<string> HashtagsOf(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A short pointer to a link the copy lost: "👉Читать статью", "🔗 Подробнее о курсе", "👉Подписаться👈".</summary>
    public static bool IsTeaser(string line) => TeaserShape(line) is { } rest && (Says(rest, TeaserWords, anywhere: StartsWithPointer(line)));

    /// <summary>
    /// A short line led by a pointer emoji ("➡️ Итог") that does not say it points elsewhere: a sub-heading of the post
    /// when text follows it, a teaser for a lost link when it is the post's last line.
    /// </summary>
    public static bool IsPointerLine(string line) => StartsWithPointer(line) && TeaserShape(line) is not null && !IsTeaser(line);

    // The line without its emoji when it is short enough for a teaser and ends without punctuation; null otherwise.
    private static string? TeaserShape(string line)
    {
        if (line.Length is < 3 or > 80)
        {
            return null;
        }

        var rest = Emoji.StripTrailing(Emoji.StripLeading(line));
        return rest.Length is 0 or > 50 || rest[^1] is '.' or ':' or '?' or '!' or ',' ? null : rest;
    }

    private static bool StartsWithPointer(string line) => Pointers.Any(p => line.StartsWith(p, StringComparison.Ordinal));

    private static bool Says(string rest, string[] words, bool anywhere) =>
        anywhere ? words.Any(w => rest.Contains(w, StringComparison.OrdinalIgnoreCase))
            : rest.Length <= 40 && words.Any(w => rest.StartsWith(w, StringComparison.OrdinalIgnoreCase));

    public static bool TryPollType(string line, out bool isQuiz)
    {
        isQuiz = false;
        if (line.Length > 30 || !PollType().IsMatch(line))
        {
            return false;
        }

        isQuiz = line.Contains("quiz", StringComparison.OrdinalIgnoreCase) || line.Contains("виктор", StringComparison.OrdinalIgnoreCase);
        return true;
    }

    public static bool TryPercent(string line, out double share)
    {
        share = 0;
        if (line.Length is < 2 or > 8 || line[^1] != '%')
        {
            return false;
        }

        var number = line[..^1].Trim().Replace(',', '.');
        if (!double.TryParse(number, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var percent) || percent > 100)
        {
            return false;
        }

        share = percent / 100;
        return true;
    }

    public static bool IsFileName(string line) => line.Length <= 200 && !line.Contains("://", StringComparison.Ordinal) && FileName().IsMatch(line);

    public static bool IsFileSize(string line) => line.Length <= 20 && FileSize().IsMatch(line);

    [GeneratedRegex(@"^\d{4}[/.-]\d{2}[/.-]\d{2}[ T]\d{2}:\d{2}(:\d{2})?$")]
    private static partial Regex Timestamp();

    [GeneratedRegex(@"^@[A-Za-z][A-Za-z0-9_]{3,}$")]
    private static partial Regex Handle();

    [GeneratedRegex(@"^#[\p{L}\p{N}_]+$")]
    private static partial Regex HashtagToken();

    [GeneratedRegex(@"^((anonymous|public)\s+)?(quiz|poll)$|^((анонимн|публичн)\w+\s+)?(викторина|опрос)$", RegexOptions.IgnoreCase)]
    private static partial Regex PollType();

    [GeneratedRegex(@"^[^\s/\\][^/\\]*\.(pdf|docx?|pptx?|xlsx?|zip|rar|7z|ipynb|csv|epub|djvu|txt|py|json|mp4|png|jpe?g)$", RegexOptions.IgnoreCase)]
    private static partial Regex FileName();

    [GeneratedRegex(@"^\d+([.,]\d+)?\s?(B|KB|MB|GB|Б|КБ|МБ|ГБ)$", RegexOptions.IgnoreCase)]
    private static partial Regex FileSize();
}
