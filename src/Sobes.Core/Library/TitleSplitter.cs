using System.Text.RegularExpressions;
using Sobes.Core.Text;

namespace Sobes.Core.Library;

/// <summary>Finds a post's title, the question it asks and the answer that follows.</summary>
public static partial class TitleSplitter
{
    private static readonly string[] QuestionStarts =
    [
        "что ", "как ", "какой ", "какая ", "какое ", "какие ", "каким ", "какую ", "каков", "почему ", "зачем ", "в чем ", "в чём ",
        "в каких ", "когда ", "где ", "чем ", "можно ли ", "нужно ли ", "стоит ли ", "существует ли ", "есть ли ", "правда ли ",
        "верно ли ", "объясните ", "расскажите ", "опишите ", "сравните ", "назовите ", "приведите ", "для чего ", "сколько ",
        "what ", "how ", "why ", "when ", "which ", "where ", "explain ", "describe ", "compare ", "name ", "is ", "are ", "can ",
        "does ", "do ", "should ", "would ", "could ", "will ", "give ",
    ];

    // Openings that ask even when the line ends with a full stop: "Что такое эмбеддинги. Приведите примеры."
    private static readonly string[] StrongStarts =
    [
        "что такое ", "что значит ", "что означает ", "как работает ", "как устроен", "чем отличается ", "чем отличаются ", "объясните ", "расскажите ",
        "what is ", "what are ", "how does ", "how do ", "explain ", "what's the difference ",
    ];

    /// <summary>Removes leading emoji, bullets and "Вопрос:"/"Question of the day:" labels from a header line.</summary>
    public static string CleanHeader(string line)
    {
        var t = LeadingDecoration().Replace(line.Trim(), "");
        var unlabelled = QuestionLabel().Replace(t, "").Trim();
        // "Вопрос с собеседования: чем …" — the question after a label starts its own sentence.
        return unlabelled.Length < t.Length && unlabelled.Length > 0 && char.IsLower(unlabelled[0])
            ? char.ToUpperInvariant(unlabelled[0]) + unlabelled[1..]
            : unlabelled;
    }

    /// <summary>A line that only announces a question ("🧠 Interview question", "Вопрос с собеседования:"): the question follows it.</summary>
    public static bool IsLabelLine(string line) => LabelLine().IsMatch(LeadingDecoration().Replace(line.Trim(), ""));

    /// <summary>
    /// A heading that sets an interview task in the imperative ("Compare bagging and boosting", "Объясните, …"): a
    /// question without its '?'. Only verbs that set a task, so a section such as "How to contribute" is not one.
    /// </summary>
    public static bool SetsTask(string line) => TaskVerb().IsMatch(CleanHeader(line));

    /// <summary>True when the line reads as a question or a task header.</summary>
    public static bool Asks(string line)
    {
        var t = CleanHeader(line);
        if (t.Length < 4)
        {
            return false;
        }

        if (t.EndsWith('?') || t.Contains("? ", StringComparison.Ordinal) || TaskHeader().IsMatch(t))
        {
            return true;
        }

        if (t.Length > 200)
        {
            return false;
        }

        // The line lower-cased with a space after it, so that "как" alone starts with "как " too.
        Span<char> lower = stackalloc char[t.Length + 1];
        InvariantCase.ToLower(t, lower);
        lower[^1] = ' ';

        // "Объясните, что…": a comma after the opening word separates it as a space does.
        lower.Replace(',', ' ');
        return StartsWithAny(lower, StrongStarts) || (StartsWithAny(lower, QuestionStarts) && !t.EndsWith('.'));
    }

    private static bool StartsWithAny(ReadOnlySpan<char> text, string[] starts)
    {
        foreach (var start in starts)
        {
            if (text.StartsWith(start, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the line starts with an emoji or pictograph: the mark of a channel's post header.</summary>
    public static bool IsEmojiLed(string line)
    {
        var t = line.TrimStart();
        return t.Length > 0 && (char.IsSurrogate(t[0]) || char.GetUnicodeCategory(t[0]) == System.Globalization.UnicodeCategory.OtherSymbol);
    }

    /// <summary>True for "Задача про …", "Задача:", "Решение задачи …", "Problem:", "Task:".</summary>
    public static bool IsTaskHeader(string line) => TaskHeader().IsMatch(CleanHeader(line));

    /// <summary>
    /// True when the line opens with an answer ("Да, …", "Нет.", "Не обязательно.", "Yes —", "Not necessarily."): the copy
    /// kept the answer and lost the question it answered.
    /// </summary>
    public static bool OpensWithAnswer(string line) => AnswerOpening().IsMatch(CleanHeader(line));

    [GeneratedRegex(@"^(?:да|нет|не обязательно|необязательно|не всегда|не совсем|не только|скорее да|скорее нет|зависит от|конечно|yes|no|not necessarily|not always|not quite|it depends|sure|absolutely)(?:[.,!:;—–]|\s[—–-]\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex AnswerOpening();

    [GeneratedRegex(@"^(?:[\p{So}\p{Sk}\p{Cs}\p{Mn}\uFE0F\u200D\u20E3#*•▪►▶➡️✅✔☑❓❗️\-–—·]+\s*)+")]
    private static partial Regex LeadingDecoration();

    // The words that announce a question: "Вопрос", "Question of the day", "Вопрос с собеседования", …
    private const string Label = @"(?:(?:interview|daily)\s+question|question\s+of\s+the\s+day|вопрос\s+(?:дня|со?\s+собеседовани[яй])|вопрос|question)";

    [GeneratedRegex(@"^(?:" + Label + @"|q)\s*(?:\d+\s*)?[:.)]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionLabel();

    [GeneratedRegex(@"^" + Label + @"\s*(?:\d+\s*)?[:.!]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelLine();

    [GeneratedRegex(@"^(?:explain|describe|compare|contrast|define|derive|discuss|prove|объясните|объясни|расскажите|расскажи|опишите|опиши|сравните|сравни|выведите|докажите|дайте определение)[\s,:]", RegexOptions.IgnoreCase)]
    private static partial Regex TaskVerb();

    [GeneratedRegex(@"^(?:(?:решение|разбор)\s+(?:задач|задачк)\w*|задача|задачка|problem|task|exercise|упражнение|solution to the problem)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TaskHeader();
}
