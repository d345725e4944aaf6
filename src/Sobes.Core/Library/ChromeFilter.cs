using System.Text.RegularExpressions;
using Sobes.Core.Text;

namespace Sobes.Core.Library;

/// <summary>
/// Drops the lines every channel copy carries that are not content: placeholders for media the copy
/// lost, reaction counters, signatures, mirror and quiz-site chrome. Readers remove what their format
/// marks; this is the net under all of them.
/// </summary>
public static partial class ChromeFilter
{
    private static readonly string[] ExactLines =
    [
        "please open telegram to view this post",
        "view in telegram",
        "download telegram",
        "back to top",
        "html embed code:",
        "telegram web link",
        "signup and view all the answers",
        "studying that suits you",
        "use ai to generate personalized quizzes and flashcards to suit your learning preferences.",
        "anonymous quiz",
        "anonymous poll",
        "open in telegram",
        "show more",
        "media is too big",
    ];

    /// <summary>True when the whole line is chrome.</summary>
    public static bool IsChrome(string line)
    {
        var t = line.Trim();
        if (t.Length == 0)
        {
            return false;
        }

        var lower = InvariantCase.ToLower(t);
        foreach (var exact in ExactLines)
        {
            if (lower == exact)
            {
                return true;
            }
        }

        return SignatureLine().IsMatch(t) || ReactionLine().IsMatch(t) || TimestampLine().IsMatch(t) || CounterLine().IsMatch(t);
    }

    /// <summary>Removes chrome lines and returns the cleaned text with the number of lines dropped.</summary>
    public static (string Text, int Dropped) Strip(string text)
    {
        var lines = text.Split('\n');
        var kept = new List<string>(lines.Length);
        var dropped = 0;
        foreach (var line in lines)
        {
            if (IsChrome(line))
            {
                dropped++;
            }
            else
            {
                kept.Add(line);
            }
        }

        return (string.Join('\n', kept), dropped);
    }

    // "@machinelearning_interview" alone on a line.
    [GeneratedRegex(@"^@[A-Za-z][A-Za-z0-9_]{3,}$")]
    private static partial Regex SignatureLine();

    // "👍3", "❤1👍1", "🔥 12": emoji followed by a count, nothing else.
    [GeneratedRegex(@"^(?:(?:\p{So}|\p{Cs}{2})(?:\uFE0F)?\s*\d+(?:[.,]\d+)?[KkMm]?\s*)+$")]
    private static partial Regex ReactionLine();

    // "2024/09/30 06:11:10" alone on a line (mirror sites).
    [GeneratedRegex(@"^\d{4}[/.-]\d{2}[/.-]\d{2}[ T]\d{2}:\d{2}(?::\d{2})?$")]
    private static partial Regex TimestampLine();

    // "24.5K subscribers", "1.05K photos", "73 videos", "12 files", "706 links".
    [GeneratedRegex(@"^\d+(?:[.,]\d+)?[KkMm]?\s+(?:subscribers|photos|videos|files|links|members|подписчик\w*|фото|видео|файл\w*|ссыл\w*)$", RegexOptions.IgnoreCase)]
    private static partial Regex CounterLine();
}
