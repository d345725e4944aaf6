using Sobes.Core.Text;

namespace Sobes.Core.Cards.Terms;

/// <summary>
/// Whether a phrase cut out of a sentence is a real term worth asking for: a noun phrase of at most five words,
/// with no comma or clause punctuation, not a bare number, not opening or closing with a pronoun, filler,
/// conjunction or preposition ("It", "First, if there", "Другими словами IQR"), not opening with a verb, and not
/// headed by a word so generic that any sentence could hold it ("метрика", "method", "Популярные варианты").
/// </summary>
public static class TermRules
{
    /// <summary>The most words a term may have.</summary>
    public const int MaxWords = 5;

    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        // English pronouns, determiners, fillers, conjunctions, prepositions, question words.
        "it", "its", "this", "that", "these", "those", "there", "here", "they", "them", "he", "she", "we", "you", "i", "one", "which", "who",
        "what", "when", "where", "why", "how", "if", "so", "then", "thus", "hence", "also", "first", "second", "third", "finally", "next",
        "and", "or", "but", "because", "as", "in", "on", "at", "for", "of", "to", "by", "with", "from", "into", "about", "such", "each",
        "every", "any", "some", "all", "both", "another", "other", "our", "your", "their", "his", "her", "my", "not", "no", "yes", "well",
        "however", "therefore", "moreover", "basically", "simply", "just", "usually", "often", "typically", "generally", "now", "let",
        // Russian.
        "это", "этот", "эта", "эти", "этим", "этого", "тот", "та", "те", "то", "он", "она", "оно", "они", "его", "ее", "её", "их", "мы", "вы",
        "я", "ты", "такой", "такая", "такие", "здесь", "тут", "там", "тогда", "также", "так", "поэтому", "однако", "другими", "иными", "например",
        "в", "во", "на", "при", "для", "по", "с", "со", "из", "к", "о", "об", "от", "до", "за", "под", "над", "и", "но", "а", "или", "если", "что",
        "как", "когда", "где", "почему", "зачем", "чем", "какой", "какая", "какие", "который", "которая", "которые", "первый", "второй",
        "сначала", "затем", "потом", "кроме", "тоже", "еще", "ещё", "уже", "все", "всё", "каждый", "любой", "данный", "данная", "наш", "ваш",
        "сам", "самый", "итак", "значит", "вообще", "обычно", "часто", "просто", "именно", "кстати", "далее", "ну", "не", "нет", "да",
        "здесь", "сейчас", "теперь", "вот", "иначе", "причем", "причём", "впрочем", "соответственно", "следовательно",
        "подробнее", "подробно", "кратко", "коротко", "вкратце", "итого", "больше", "меньше", "ниже", "выше", "см", "более", "менее",
        "more", "less", "see", "read", "note", "below", "above", "details",
        // Judgements, not names: "Неправильный режим обучения", "Good practice".
        "неправильный", "неправильная", "неправильное", "правильный", "правильная", "плохой", "плохая", "хороший", "хорошая", "неверный",
        "неверная", "верный", "wrong", "bad", "good", "poor", "proper", "improper", "right",
        // Quantities and commonness, not names: "Common heuristics", "Several approaches", "Основные способы".
        "common", "popular", "main", "major", "typical", "usual", "various", "several", "many", "most", "few", "certain", "different",
        "possible", "important", "useful", "known", "famous", "best", "better",
        "основной", "основные", "основная", "распространенные", "распространённые", "популярные", "популярный", "типичные", "типичный",
        "различные", "разные", "многие", "некоторые", "несколько", "известные", "важные", "важный", "лучший", "лучшие",
    };

    // Words that make a phrase a clause wherever they stand after its first word: "small p-value means luck", "precision и recall".
    private static readonly HashSet<string> ClauseWords = new(StringComparer.Ordinal)
    {
        "и", "или", "но", "что", "который", "которая", "которые", "and", "or", "but", "that", "which", "who",
        "is", "are", "was", "were", "be", "has", "have", "had", "can", "will", "would", "does", "do", "did", "means", "makes", "gives", "shows",
    };

    // Russian adverb endings: a term does not end with one ("Утечка глобально").
    private static readonly string[] AdverbEndings = ["льно", "чно", "тно", "ьно", "вно", "рно", "ски"];

    // Words too generic to be the answer on their own.
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "метрика", "метрики", "модель", "модели", "данные", "метод", "методы", "алгоритм", "функция", "задача", "подход", "способ", "техника",
        "значение", "величина", "процесс", "результат", "параметр", "параметры", "признак", "признаки", "оценка", "система", "вещь", "понятие",
        "model", "models", "method", "methods", "data", "algorithm", "function", "value", "approach", "technique", "process", "result",
        "parameter", "parameters", "feature", "features", "thing", "concept", "way", "problem", "task", "metric", "metrics", "score", "measure",
    };

    // Heads that name a part of an argument, not a concept, wherever they close a term: "Популярные варианты", "Простое решение".
    private static readonly HashSet<string> ArgumentHeads = new(StringComparer.Ordinal)
    {
        "вариант", "варианты", "решение", "пример", "примеры", "идея", "проблема", "причина", "вывод", "итог", "плюс", "минус", "недостаток",
        "недостатки", "преимущество", "преимущества", "суть", "цель", "смысл", "шаг", "этап", "случай", "ответ", "вопрос", "разница", "отличие",
        "solution", "example", "examples", "idea", "reason", "advantage", "downside", "point", "goal", "answer", "question", "option", "step",
        "case", "difference", "benefit", "drawback", "issue",
    };

    // A first word with the ending of a Russian verb in the present tense ("используют", "смотрят", "применяется").
    private static readonly string[] VerbEndings = ["ют", "ят", "ает", "яет", "ует", "ится", "ется", "ются", "ятся", "ают", "яют", "уют"];

    /// <summary>Whether <paramref name="term"/> is a term a card may ask for (see the type's summary).</summary>
    public static bool IsTerm(string term) => Refusal(term) is null;

    /// <summary>Why <paramref name="term"/> is not a term, or null when it is.</summary>
    public static string? Refusal(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var t = term.Trim();
        if (t.Length is < 2 or > 60)
        {
            return "length";
        }

        if (t.IndexOfAny([',', ';', ':', '!', '?', '"', '«', '»', '*', '#', '=', '|', '\n']) >= 0 || t.Contains(" - ", StringComparison.Ordinal) || t.Contains('—') || t.Contains('–'))
        {
            return "punctuation";
        }

        if (!t.Any(char.IsLetter) || char.IsDigit(t[0]) || !char.IsLetter(t[0]))
        {
            return "number or symbol";
        }

        if (t.Count(c => c == '(') != t.Count(c => c == ')'))
        {
            return "unbalanced brackets";
        }

        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxWords)
        {
            return "too many words";
        }

        var first = Lower(words[0]);
        var last = Lower(words[^1]);
        if (Openers.Contains(first) || (words.Length > 1 && Openers.Contains(last)))
        {
            return "pronoun, filler or function word";
        }

        if (words.Length > 1 && words.Skip(1).Any(w => ClauseWords.Contains(Lower(w))))
        {
            return "a clause, not a noun phrase";
        }

        if (words.Length > 1 && (VerbEndings.Any(e => first.EndsWith(e, StringComparison.Ordinal)) || AdverbEndings.Any(e => last.EndsWith(e, StringComparison.Ordinal))))
        {
            return "a clause, not a noun phrase";
        }

        return (words.Length == 1 && Generic.Contains(first)) || ArgumentHeads.Contains(last) ? "generic word" : null;
    }

    /// <summary>Whether the two terms share a word stem ("Pooling" and "Max pooling"), so one cannot stand for the other's opposite.</summary>
    public static bool Overlap(string a, string b)
    {
        var left = TextStemmer.Stems(a ?? "").ToHashSet(StringComparer.Ordinal);
        return TextStemmer.Stems(b ?? "").Any(left.Contains);
    }

    /// <summary>
    /// Whether every word stem of one term is a word stem of the other ("Pooling" and "Max pooling"): the one names a
    /// kind of the other. Siblings ("Ошибка первого рода" and "Ошибка второго рода", "L1 regularization" and "L2
    /// regularization") each have a word the other lacks: they overlap but neither contains the other.
    /// </summary>
    public static bool Nested(string a, string b)
    {
        var left = TextStemmer.Stems(a ?? "").ToHashSet(StringComparer.Ordinal);
        var right = TextStemmer.Stems(b ?? "").ToHashSet(StringComparer.Ordinal);
        return left.IsSubsetOf(right) || right.IsSubsetOf(left);
    }

    private static string Lower(string word) => TermFinder.Key(word.Trim('(', ')', '.', '\''));
}
