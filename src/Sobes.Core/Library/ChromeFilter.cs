using System.Text;
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
        ArgumentNullException.ThrowIfNull(line);
        return IsChrome(line.AsSpan());
    }

    /// <summary>Removes chrome lines and returns the cleaned text with the number of lines dropped.</summary>
    /// <remarks>A text without chrome is returned as it is.</remarks>
    public static (string Text, int Dropped) Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? kept = null;
        var dropped = 0;
        var start = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range);
            if (IsChrome(line))
            {
                // The lines before the first chrome line are copied once, when it is found.
                kept ??= new StringBuilder(text.Length).Append(text, 0, start);
                dropped++;
            }
            else if (kept is not null)
            {
                kept.Append(line).Append('\n');
            }

            start = range.End.GetOffset(text.Length) + 1;
        }

        return kept is null ? (text, 0) : (Joined(kept), dropped);
    }

    // The kept lines each end in '\n', where string.Join would put one only between them.
    private static string Joined(StringBuilder kept) => kept.Length == 0 ? "" : kept.ToString(0, kept.Length - 1);

    private static bool IsChrome(ReadOnlySpan<char> line)
    {
        var t = line.Trim();
        if (t.Length == 0)
        {
            return false;
        }

        foreach (var exact in ExactLines)
        {
            if (EqualsLowered(t, exact))
            {
                return true;
            }
        }

        // Each pattern is anchored at the line's start: a signature starts with '@', a timestamp and a counter with a digit.
        return t[0] == '@' ? SignatureLine().IsMatch(t)
            : char.IsDigit(t[0]) ? TimestampLine().IsMatch(t) || CounterLine().IsMatch(t)
            : ReactionLine().IsMatch(t);
    }

    // As InvariantCase.ToLower(text) == lower, without the lowered copy: lower-casing keeps a string's length.
    private static bool EqualsLowered(ReadOnlySpan<char> text, string lower)
    {
        if (text.Length != lower.Length)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (InvariantCase.ToLower(text[i]) != lower[i])
            {
                return false;
            }
        }

        return true;
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
