using System.Text.RegularExpressions;
using Sobes.Core.Cards.Terms;
using Sobes.Core.Text;

namespace Sobes.Core.Cards.Linting;

public static partial class LintRules
{
    /// <summary>A cloze answer or a matching term that is not a real term (see <see cref="TermRules"/>).</summary>
    public static LintRule NotATerm { get; } = new("not-a-term", LintScope.TermChoice,
        "a blanked answer or a matching term that is not a noun phrase of at most five words (pronoun or filler opening, comma, bare number)",
        card => (card.Type == CardType.Cloze && !TermRules.IsTerm(card.Payload.Answer ?? ""))
            || (card.Type == CardType.Matching && (card.Payload.Pairs ?? []).Any(p => !TermRules.IsTerm(p.Term))));

    /// <summary>A blank that cuts a word: letters, digits or a hyphen touch it ("добавление ____а", "k-fold кросс-____").</summary>
    public static LintRule BlankCutsWord { get; } = new("blank-cuts-word", LintScope.TermChoice,
        "a blank that cuts a word (letters, digits or a hyphen touch it)",
        card => card.Type == CardType.Cloze && CutWord().IsMatch(card.Payload.Prompt));

    /// <summary>A blank anyone could fill: a generic word, one or two letters, an abbreviation spelled out beside it, or part of a longer name.</summary>
    public static LintRule TrivialBlank { get; } = new("trivial-blank", LintScope.TermChoice,
        "a trivial blank: a generic word, one or two letters, an abbreviation spelled out in the prompt (or the reverse), its other name in brackets beside it, or one word of a longer name (\"Gradient ____ trees\")",
        card => card.Type == CardType.Cloze && Trivial(card.Payload.Prompt, card.Payload.Answer ?? ""));

    /// <summary>The answer named in the prompt: every word of a cloze's answer stands (in some form) elsewhere in its prompt; a flashcard's short answer is in its question.</summary>
    public static LintRule AnswerInPrompt { get; } = new("answer-in-prompt", LintScope.TermChoice,
        "the answer named in or inferable from the prompt (every word of the blanked term, in some form, elsewhere in the prompt; a short answer repeated by its question)",
        card => card.Type switch
        {
            CardType.Cloze => Inferable(card.Payload.Prompt.Replace(Blank, " ", StringComparison.Ordinal), card.Payload.Answer ?? ""),
            CardType.Flashcard => Words(card.Payload.Answer ?? "") <= 3 && TermFinder.ContainsWord(card.Payload.Prompt, (card.Payload.Answer ?? "").Trim().TrimEnd('.')),
            _ => false,
        });

    /// <summary>
    /// A prompt that many answers would fit: a cloze or statement with fewer than four content words, a cloze that only
    /// names a broad category and a purpose ("____ is an optimization technique for training neural networks"), or a bare "Вопрос 3".
    /// </summary>
    public static LintRule AmbiguousPrompt { get; } = new("ambiguous-prompt", LintScope.TermChoice,
        "an ambiguous prompt: a cloze or statement with fewer than four content words, a cloze naming only a broad category and a purpose, a heading (\"Вопрос 12\", \"Задача про метрики\") for a question",
        card => card.Type switch
        {
            CardType.Cloze => ContentWords(card.Payload.Prompt) < 4 || (ContentWords(card.Payload.Prompt) < 7 && BroadCategory().IsMatch(card.Payload.Prompt)),
            CardType.TrueFalse => ContentWords(card.Payload.Prompt) < 4,
            CardType.Flashcard or CardType.MultipleChoice or CardType.Problem => BareLabel().IsMatch(card.Payload.Prompt.Trim()),
            _ => false,
        });

    private static bool Trivial(string prompt, string answer)
    {
        var a = answer.Trim();
        if (TermRules.Refusal(a) == "generic word" || a.Count(char.IsLetterOrDigit) <= 2)
        {
            return true;
        }

        if (Spelled(a, prompt) || Regex.Matches(prompt, @"\b\p{Lu}{2,}\b").Any(m => Spelled(m.Value, a)))
        {
            return true;
        }

        // A name in brackets right after the blank gives it away ("____ (Q-learning) — метод …"); a capitalised Latin
        // word glued to the blank names a longer proper name of which the blank is a part.
        return prompt.Contains(Blank + " (", StringComparison.Ordinal) || (IsLatin(a) && NameNeighbour().IsMatch(prompt));
    }

    // Whether all letters but one of an abbreviation are the initials of consecutive Latin words of the text:
    // "RMSE" in "Root Mean Square Error", "MAP" in "… average precision".
    private static bool Spelled(string abbreviation, string text)
    {
        if (abbreviation.Length is < 3 or > 6 || !abbreviation.All(char.IsUpper))
        {
            return false;
        }

        var initials = string.Concat(TextStemmer.Tokens(text).Select(w => w[0] is >= 'a' and <= 'z' ? w[0] : ' '));
        var letters = abbreviation.ToLowerInvariant();
        return initials.Contains(letters[1..], StringComparison.Ordinal) || initials.Contains(letters[..^1], StringComparison.Ordinal);
    }

    // The answer's words stand in the prompt: all of them ("Итерация" in "… за эпоху итераций …"), or two of three
    // ("convolutional neural network" in "a network that uses convolutional layers").
    private static bool Inferable(string prompt, string answer)
    {
        var stems = TextStemmer.Stems(answer).Where(s => s.Length >= 3).ToHashSet(StringComparer.Ordinal);
        var inPrompt = TextStemmer.Stems(prompt).ToHashSet(StringComparer.Ordinal);
        var shared = stems.Count(inPrompt.Contains);
        return stems.Count > 0 && (stems.All(s => inPrompt.Contains(s) || inPrompt.Any(p => SameRoot(s, p))) || (stems.Count >= 3 && shared * 3 >= stems.Count * 2));
    }

    // A word derived from the answer gives it away as its own form does ("accurate" for accuracy, "normalizes" for
    // normalization): the two share a root of at least five letters that makes up most of the shorter one.
    private static bool SameRoot(string a, string b)
    {
        var common = 0;
        while (common < a.Length && common < b.Length && a[common] == b[common])
        {
            common++;
        }

        return common >= 5 && common * 5 >= Math.Min(a.Length, b.Length) * 3;
    }

    private static bool IsLatin(string text) => text.Any(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z') && !text.Any(c => c is >= 'а' and <= 'я' or >= 'А' and <= 'Я');

    private static int ContentWords(string text) =>
        Regex.Matches(text.Replace(Blank, " ", StringComparison.Ordinal), @"[\p{L}\p{N}]{3,}").Count(m => !FunctionWords.Contains(m.Value.ToLowerInvariant()));

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "это", "для", "при", "или", "что", "как", "который", "которая", "которые", "так", "также", "его", "она", "они", "the", "and", "for", "with",
        "that", "which", "are", "was", "from", "into", "its", "this", "these", "than", "can", "not", "has", "have", "but", "one", "all", "any", "each",
    };

    [GeneratedRegex(@"[\p{L}\p{N}\-]____|____[\p{L}\p{N}\-]")]
    private static partial Regex CutWord();

    [GeneratedRegex(@"\b(?!(?:The|An|A)\b)[A-Z][a-z]+ ____|____ [A-Z][a-z]+\b")]
    private static partial Regex NameNeighbour();

    // The blank's definition opens with a broad category: "is a technique", "— это метод".
    [GeneratedRegex(@"____\s+(?:[—–-]\s*(?:это\s+)?|is\s+(?:a|an|the)\s+|are\s+)(?:\w+\s+){0,2}?(?:technique|method|approach|algorithm|tool|way|метод|способ|техника|подход|алгоритм|инструмент|приём|прием)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BroadCategory();

    // "Вопрос 12", "Задача про метрики", "Problem on gradient descent": a heading with no question in it.
    [GeneratedRegex(@"^(?:вопрос|задача|задачка|задание|пример|кейс|question|task|problem|exercise|case)\s*(?:№\s*)?\d*\s*(?:(?:про|о|об|по|на|about|on|of)\s+[^?.!]{0,60})?[.:]?$", RegexOptions.IgnoreCase)]
    private static partial Regex BareLabel();
}
