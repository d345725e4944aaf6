using System.Text.RegularExpressions;
using Sobes.Core.Posts;

namespace Sobes.Core.Library;

/// <summary>A post's title, the question it asks (if any) and the answer after it; <paramref name="QuestionLost"/> when the text is an answer without its question.</summary>
internal sealed partial record QuestionAnswerSplit(string Title, bool Asks, string? Question, string? Answer, bool QuestionLost = false)
{
    private const int TitleMax = 160;

    public static QuestionAnswerSplit Split(RawPost post, string text)
    {
        if (post.Poll is { } poll)
        {
            var q = TextNormalizer.Normalize(poll.Question);
            return new QuestionAnswerSplit(Shorten(TitleSplitter.CleanHeader(q)), true, q, null);
        }

        if (LabelledText(post, text) is { } labelled)
        {
            return Split(post with { TitleHint = null }, labelled);
        }

        if (post.TitleHint is { Length: > 0 } hint)
        {
            var title = TitleSplitter.CleanHeader(TextNormalizer.Normalize(hint));
            var rest = post.AnswerHint ?? RemoveFirstLineIf(text, hint);
            if (post.AnswerHint is null && TitleSplitter.IsTaskHeader(title))
            {
                // "📌 Задача про …": the statement is the question, the solution from "Ответ:" or "Решение" the answer.
                var (statement, solution) = TaskParts(rest.Trim());
                return new QuestionAnswerSplit(Shorten(title), true, statement.Length > 0 ? statement : title, Blank(solution));
            }

            return new QuestionAnswerSplit(Shorten(title), TitleSplitter.Asks(title) || post.KindHint == PostKindHint.Question, title, Blank(rest));
        }

        var (first, restStart) = FirstLine(text);
        var firstClean = TitleSplitter.CleanHeader(first);
        var firstAsks = TitleSplitter.Asks(first);
        var taskHeader = TitleSplitter.IsTaskHeader(first);
        var asks = firstAsks || OpeningAsks(text);
        var header = asks || taskHeader || (TitleSplitter.IsEmojiLed(first) && firstClean.Length <= TitleMax);
        if (!header)
        {
            return TitleSplitter.OpensWithAnswer(first)
                ? new QuestionAnswerSplit(Shorten(FirstSentence(firstClean)), false, null, post.AnswerHint ?? text.Trim(), QuestionLost: true)
                : new QuestionAnswerSplit(Shorten(FirstSentence(firstClean)), false, null, post.AnswerHint);
        }

        var after = text.AsSpan(restStart).Trim().ToString();
        var question = firstClean;
        var answer = after;
        if (taskHeader || AnswerMarker().IsMatch(after))
        {
            // "Задача про …" posts: the statement runs to "Ответ:" or "Решение".
            var (statement, solution) = TaskParts(after);
            question = statement.Length > 0 ? (taskHeader ? statement : firstClean + "\n" + statement) : firstClean;
            answer = solution;
        }

        if (!firstAsks && asks)
        {
            var lines = text.Split('\n');
            var opening = lines.SkipWhile(l => l.Trim().Length == 0).TakeWhile(l => l.Trim().Length > 0).ToList();
            question = TitleSplitter.CleanHeader(string.Join('\n', opening));
            answer = string.Join('\n', lines.SkipWhile(l => l.Trim().Length == 0).Skip(opening.Count)).Trim();
        }

        // A question's answer needs no "✅ Answer:" label; a task keeps its "Ответ: …" line, which heads the solution.
        answer = taskHeader ? answer : LeadingAnswerLabel().Replace(answer, "", 1);
        return new QuestionAnswerSplit(Shorten(firstClean), asks, question, post.AnswerHint ?? Blank(answer));
    }

    // The text after the title hint or first line when it only announces the question ("Interview question"), and
    // something follows it; null otherwise.
    private static string? LabelledText(RawPost post, string text)
    {
        var (first, restStart) = FirstLine(text);
        var label = post.TitleHint is { Length: > 0 } hint ? hint : first;
        if (!TitleSplitter.IsLabelLine(label))
        {
            return null;
        }

        var rest = post.TitleHint is { Length: > 0 } ? RemoveFirstLineIf(text, label) : text[restStart..];
        return rest.Trim().Length > 0 ? rest : null;
    }

    // The first line that is not blank ("" when none) and where the lines after it start: past its '\n', or the end.
    private static (string Line, int RestStart) FirstLine(string text)
    {
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var (offset, length) = range.GetOffsetAndLength(text.Length);
            if (!text.AsSpan(offset, length).Trim().IsEmpty)
            {
                return (text.Substring(offset, length), Math.Min(offset + length + 1, text.Length));
            }
        }

        return ("", text.Length);
    }

    // "У вас есть данные о звонках. Создайте план… \n Как вы проверите…?": the opening paragraph asks within its first lines.
    private static bool OpeningAsks(string text)
    {
        var opening = 0;
        var laterLineAsks = false;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range);
            var blank = line.Trim().IsEmpty;
            if (opening == 0 && blank)
            {
                continue;
            }

            if (blank || opening == 3)
            {
                break;
            }

            laterLineAsks |= opening > 0 && line.TrimEnd().EndsWith('?');
            opening++;
        }

        var lines = text.AsSpan().Count('\n') + 1;
        return opening > 1 && laterLineAsks && lines > opening + 1;
    }

    /// <summary>A task's statement, up to its "Ответ:" or "Решение" line, and the solution from there ("" when there is none).</summary>
    public static (string Statement, string Solution) TaskParts(string after)
    {
        var marker = AnswerMarker().Match(after);
        return marker.Success ? (after[..marker.Index].Trim(), after[marker.Index..].Trim()) : (after.Trim(), "");
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string RemoveFirstLineIf(string text, string hint)
    {
        var nl = text.IndexOf('\n', StringComparison.Ordinal);
        var first = nl < 0 ? text : text[..nl];
        return TitleSplitter.CleanHeader(first) == TitleSplitter.CleanHeader(hint) ? (nl < 0 ? "" : text[(nl + 1)..]) : text;
    }

    private static string FirstSentence(string line)
    {
        var m = SentenceEnd().Match(line);
        return m.Success && m.Index > 20 ? line[..(m.Index + 1)] : line;
    }

    private static string Shorten(string s) => s.Length <= TitleMax ? s : s[..(s.LastIndexOf(' ', TitleMax - 1) is var i and > 40 ? i : TitleMax - 1)].TrimEnd(',', ';', ':', ' ') + "…";

    [GeneratedRegex(@"(?m)^\s*(?:[\p{So}\p{Cs}\uFE0F]+\s*)?(?:ответ|решение|answer|solution)\s*(?::|$)", RegexOptions.IgnoreCase)]
    private static partial Regex AnswerMarker();

    [GeneratedRegex(@"^\s*(?:[\p{So}\p{Cs}\uFE0F]+\s*)?(?:ответ|answer)\s*:[ \t]*(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingAnswerLabel();

    [GeneratedRegex(@"[.!?…](?=\s|$)")]
    private static partial Regex SentenceEnd();
}
