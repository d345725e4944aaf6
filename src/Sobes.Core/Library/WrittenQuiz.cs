using System.Text.RegularExpressions;
using Sobes.Core.Posts;

namespace Sobes.Core.Library;

/// <summary>
/// A quiz written out as text rather than posted as a poll: the question, options on lines of their own lettered in
/// order ("A) …", "b. …", "В) …", "2) …"), and the author's key on an answer line ("Answer: B", "Ответ: б) …"). Read as
/// a poll with the author's key, so it is practised as multiple choice. Without a key that names one of its options the
/// text is left as it is: options nobody marked cannot be graded.
/// </summary>
public static partial class WrittenQuiz
{
    private const string Latin = "abcdef";
    private const string Cyrillic = "абвгде";
    private const string Digits = "123456";

    /// <summary>The poll the text writes out, or null when it is not a keyed lettered quiz.</summary>
    public static Poll? Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        var options = new List<string>();
        string? letters = null;
        var first = -1;
        var last = -1;
        for (var i = 0; i < lines.Length; i++)
        {
            if (Option().Match(lines[i].Trim()) is not { Success: true } option)
            {
                if (options.Count > 0 && lines[i].Trim().Length > 0)
                {
                    break;
                }

                continue;
            }

            var letter = char.ToLowerInvariant(option.Groups["letter"].Value[0]);
            letters ??= Alphabet(letter);
            if (letters is null || options.Count >= letters.Length || letters[options.Count] != letter)
            {
                return null;
            }

            first = first < 0 ? i : first;
            last = i;
            options.Add(option.Groups["text"].Value.Trim());
        }

        if (options.Count < 2 || letters is null || first == 0)
        {
            return null;
        }

        var question = string.Join('\n', lines[..first]).Trim();
        var after = string.Join('\n', lines[(last + 1)..]).Trim();
        if (question.Length == 0 || KeyLine().Match(after) is not { Success: true } key)
        {
            return null;
        }

        var right = letters.IndexOf(char.ToLowerInvariant(key.Groups["letter"].Value[0]), StringComparison.Ordinal);
        if (right < 0 || right >= options.Count)
        {
            return null;
        }

        var explanation = after[(key.Index + key.Length)..].Trim();
        return new Poll
        {
            Question = question,
            Options = options.Select(o => new PollOption(o, null)).ToList(),
            IsQuiz = true,
            CorrectOption = right,
            Explanation = explanation.Length > 0 ? explanation : null,
        };
    }

    private static string? Alphabet(char first) => first switch
    {
        'a' => Latin,
        'а' => Cyrillic,
        '1' => Digits,
        _ => null,
    };

    [GeneratedRegex(@"^(?<letter>[a-fA-Fа-еА-Е1-6])[).]\s+(?<text>\S.{0,200})$")]
    private static partial Regex Option();

    // The first line after the options: "Answer: B", "✅ Правильный ответ — б) …", "Ответ: 2." (a letter alone or
    // before its option, so "Ответ: 2 часа" is no key); what follows explains it.
    [GeneratedRegex(@"^(?:[\p{So}\p{Cs}\uFE0F]+\s*)?(?:correct answer|right answer|answer|правильный ответ|верный ответ|ответ)\s*[:—–-]\s*(?<letter>[a-fA-Fа-еА-Е1-6])(?:[).]?[ \t]*(?=\n|$)|[).][ \t]+[^\n]+)", RegexOptions.IgnoreCase)]
    private static partial Regex KeyLine();
}
