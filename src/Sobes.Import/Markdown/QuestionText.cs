using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Sobes.Core.Library;

namespace Sobes.Import.Markdown;

/// <summary>What makes a line of a Q&amp;A list a question, a numbering label or a placeholder answer.</summary>
internal static partial class QuestionText
{
    private static readonly HashSet<string> Placeholders = new(StringComparer.Ordinal)
    {
        "", "answer", "answer here", "your answer here", "answer goes here", "add answer", "add an answer",
        "todo", "to do", "tbd", "tba", "tbc", "coming soon", "wip", "placeholder", "no answer yet",
        "ответ", "ответ здесь", "здесь будет ответ", "нет ответа", "скоро",
        "тело ответа", "текст ответа", "ваш ответ", "ответ на вопрос", "answer body", "answer text", "your answer",
    };

    // The question of a list's template entry: a placeholder, not a question anyone asks.
    private static readonly HashSet<string> TemplateQuestions = new(StringComparer.Ordinal)
    {
        "вопрос", "текст вопроса", "новый вопрос", "пример вопроса", "ваш вопрос", "заголовок вопроса", "формулировка вопроса",
        "question", "your question", "your question here", "question here", "question text", "new question", "example question",
    };

    private static readonly HashSet<string> AnswerLabels = new(StringComparer.Ordinal)
    {
        "answer", "answers", "show answer", "click to see answer", "click to expand", "solution", "show solution",
        "explanation", "ответ", "показать ответ", "решение",
    };

    /// <summary>Plain text ending with a question mark (difficulty emoji after it allowed), or marked "Q:" / "Вопрос:".</summary>
    public static bool IsQuestion(string plain)
    {
        var text = TrimTrailingSymbols(plain);
        return text.EndsWith('?') || text.EndsWith('？') || QuestionPrefix().IsMatch(text);
    }

    /// <summary>A numbered or plain task in the imperative ("3. Compare bagging and boosting"): <see cref="TitleSplitter.SetsTask"/>.</summary>
    public static bool IsImperative(string plain) => TitleSplitter.SetsTask(Title(plain));

    /// <summary>A heading that only numbers what follows ("Question 12", "Вопрос 3").</summary>
    public static bool IsLabel(string plain) => Label().IsMatch(plain.Trim());

    /// <summary>A bold lead-in that only announces a question: "Q:", "Question 3:", "Вопрос:".</summary>
    public static bool IsLabelPrefix(string plain) => LabelPrefix().IsMatch(plain.Trim());

    /// <summary>A summary such as "Answer" that reveals the current question's answer rather than asking a new one.</summary>
    public static bool IsAnswerLabel(string plain) => AnswerLabels.Contains(Normalise(plain));

    public static bool IsPlaceholder(string plain) => Placeholders.Contains(Normalise(plain));

    /// <summary>"Вопрос?", "Your question here?": the question of a template entry.</summary>
    public static bool IsTemplateQuestion(string title) => TemplateQuestions.Contains(Normalise(title));

    /// <summary>The question as a title: numbering ("12.", "Q3:") and trailing emoji removed.</summary>
    public static string Title(string plain)
    {
        var text = TrimTrailingSymbols(plain);
        text = Numbering().Replace(text, "");
        return text.Trim();
    }

    /// <summary>Removes an "Answer:" label opening an answer.</summary>
    public static string WithoutAnswerLabel(string answer) => AnswerLabel().Replace(answer, "", 1);

    private static string Normalise(string plain)
    {
        var builder = new StringBuilder(plain.Length);
        foreach (var c in plain.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (char.IsWhiteSpace(c) && builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().Trim();
    }

    private static string TrimTrailingSymbols(string text)
    {
        var end = text.Length;
        while (end > 0 && IsTrailingSymbol(text[end - 1]))
        {
            end--;
        }

        return text[..end];
    }

    private static bool IsTrailingSymbol(char c) =>
        char.IsWhiteSpace(c) || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) is
            UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.EnclosingMark or UnicodeCategory.Format;

    [GeneratedRegex(@"^(?:q|question|вопрос)\s*\d*\s*[:.)]\s*\S", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex QuestionPrefix();

    [GeneratedRegex(@"^(?:q|question|вопрос)\s*\d*\s*[:.)]?$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex LabelPrefix();

    [GeneratedRegex(@"^(?:question|вопрос|задача|задание|q)\s*(?:№|#)?\s*\d+\s*[.:)]?$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Label();

    [GeneratedRegex(@"^(?:(?:q|question|вопрос)\s*\d*\s*[:.)]\s*|\d{1,4}\s*[.)]\s+)", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Numbering();

    [GeneratedRegex(@"^\s*(?:(?:answer|ответ|solution|решение)\s*[:.]|a\s*:)[ \t]*\n?", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex AnswerLabel();
}
