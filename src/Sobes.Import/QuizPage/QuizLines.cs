using Sobes.Core.Posts;
using System.Text.RegularExpressions;

namespace Sobes.Import.QuizPage;

/// <summary>The kinds of question a quiz page shows; the reader keeps them as plain questions, the shape only guides answer reading.</summary>
internal enum QuizQuestionShape
{
    Open = 0,
    TrueFalse,
    FillInBlank,
    Matching,
    MultipleChoice,
}

/// <summary>What single lines of a quiz page are: page chrome, markers, questions or shown answers.</summary>
internal static partial class QuizLines
{
    private const int MaxShortAnswerLength = 60;
    private const int MaxShortAnswerWords = 6;

    private static readonly string[] TrueFalseAnswers =
        ["true", "false", "верно", "неверно", "правда", "ложь", "да", "нет", "yes", "no"];

    private static readonly string[] MatchingStarts = ["сопоставьте", "соотнесите", "установите соответствие", "match "];

    private static readonly string[] MultipleChoiceStarts =
        ["какой из следующих", "какую из следующих", "какие из следующих", "какое из следующих", "какая из следующих", "which of the following"];

    public static bool IsQuestionsMarker(string line) => Is(line, "Questions and Answers");

    public static bool IsNotesMarker(string line) => Is(line, "Study Notes");

    public static bool IsDescriptionMarker(string line) => Is(line, "Description");

    /// <summary>The placeholder a page shows instead of an answer it hides from visitors.</summary>
    public static bool IsHiddenAnswer(string line) =>
        line.StartsWith("Signup and view all the answers", StringComparison.OrdinalIgnoreCase)
        || line.StartsWith("Sign up and view all the answers", StringComparison.OrdinalIgnoreCase);

    /// <summary>Sign-up prompts, which may stand anywhere on the page.</summary>
    public static bool IsSignupPrompt(string line) =>
        line.StartsWith("Signup", StringComparison.OrdinalIgnoreCase) || line.StartsWith("Sign up", StringComparison.OrdinalIgnoreCase);

    /// <summary>The study-tool advertisement that opens the page's trailer.</summary>
    public static bool IsTrailerStart(string line) =>
        Is(line, "Studying That Suits You") || line.StartsWith("Use AI to generate personalized", StringComparison.OrdinalIgnoreCase);

    public static QuizQuestionShape Classify(string question)
    {
        var text = question.Trim();
        if (BlankRun().IsMatch(text))
        {
            return QuizQuestionShape.FillInBlank;
        }

        if (StartsWithAny(text, MatchingStarts))
        {
            return QuizQuestionShape.Matching;
        }

        if (StartsWithAny(text, MultipleChoiceStarts))
        {
            return QuizQuestionShape.MultipleChoice;
        }

        return text.EndsWith('?') ? QuizQuestionShape.Open : QuizQuestionShape.TrueFalse;
    }

    /// <summary>
    /// A shown answer is a true/false word or a short phrase that does not read as a question or a statement
    /// (no final '?', ':' or '.', no blank); anything else after a question starts the next question.
    /// </summary>
    public static bool IsShownAnswer(string line)
    {
        var text = line.Trim();
        if (IsTrueFalseAnswer(text))
        {
            return true;
        }

        return text.Length is > 0 and <= MaxShortAnswerLength
            && text[^1] is not ('?' or ':' or '.' or '…')
            && !BlankRun().IsMatch(text)
            && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxShortAnswerWords;
    }

    public static bool IsTrueFalseAnswer(string line)
    {
        var word = line.Trim().TrimEnd('.', '!').Trim();
        return TrueFalseAnswers.Any(a => string.Equals(a, word, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The text with every run of two or more underscores written as <see cref="TaskShape.Blank"/>.</summary>
    public static string WithUniformBlanks(string text) => BlankRun().Replace(text, TaskShape.Blank);

    public static int CountBlanks(string text) => BlankRun().Count(text);

    /// <summary>The two sides of a matching answer line, or null when the line pairs nothing.</summary>
    public static MatchPair? MatchingPairOf(string line)
    {
        var match = MatchingSeparator().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var left = line[..match.Index].Trim();
        var right = line[(match.Index + match.Length)..].Trim();
        return left.Length > 0 && right.Length > 0 ? new MatchPair(left, right) : null;
    }

    /// <summary>A line of a matching answer pairs two things: "A - B", "A → B", "A = B".</summary>
    public static bool IsMatchingPair(string line) => MatchingPair().IsMatch(line);

    private static bool Is(string line, string marker) =>
        string.Equals(line.Trim().TrimEnd(':'), marker, StringComparison.OrdinalIgnoreCase);

    private static bool StartsWithAny(string text, string[] starts) =>
        starts.Any(s => text.StartsWith(s, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex("_{2,}")]
    private static partial Regex BlankRun();

    [GeneratedRegex(@"\s+(?:->|-|–|—|→|=)\s+")]
    private static partial Regex MatchingSeparator();

    [GeneratedRegex(@"\S\s+(?:-|–|—|→|=|->)\s+\S", RegexOptions.NonBacktracking)]
    private static partial Regex MatchingPair();
}
