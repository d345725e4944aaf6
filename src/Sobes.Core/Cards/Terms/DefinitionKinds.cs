using System.Text.RegularExpressions;
using Sobes.Core.Text;

namespace Sobes.Core.Cards.Terms;

/// <summary>
/// The kind of thing a definition says its term is, read from its head words ("доля …", "an ensemble technique …"):
/// a measure, a method, an optimizer, a model, a situation, a part of data, a library, a transformation, a parameter,
/// a probability. A false statement swaps only definitions of one kind.
/// </summary>
public static partial class DefinitionKinds
{
    // Stems as TextStemmer gives them, by kind. A stem of four letters or fewer must match whole; a longer one may open a longer stem.
    private static readonly (string Kind, string[] Words)[] Kinds =
    [
        ("measure", ["дол", "средн", "кор", "метрик", "мер", "отнош", "индекс", "экспонент", "measur", "metric", "mean", "ratio", "estim", "оценк", "index", "share", "proport", "fraction", "percentag", "averag", "sum", "count", "rate"]),
        ("probability", ["вероятн", "probabl"]),
        ("model", ["модел", "model", "classifi", "классификатор", "сет", "network", "архитектур", "architectur", "ансамбл", "ансамблев", "ensembl", "cell", "layer", "сло", "regress", "регресс"]),
        ("method", ["метод", "способ", "при", "подход", "алгоритм", "процедур", "схем", "техник", "techniqu", "method", "approach", "algorithm", "procedur", "way", "strategi", "pattern", "mode", "привед", "отсеч", "зам", "подбор", "дообуч", "использ", "постобработк", "transform", "task", "задач", "уменьш", "добавк", "выбор"]),
        ("optimizer", ["оптимизатор", "optim"]),
        ("situation", ["ситу", "состоян", "проблем", "ошибк", "failur", "situat", "problem", "difficulti", "declin", "измен", "chang", "отклон", "принят"]),
        ("data", ["част", "единиц", "piec", "set", "последовательн", "sequenc", "проход", "набор", "vector", "вектор", "token", "токен"]),
        ("library", ["библиотек", "librari", "семейств", "famili", "framework"]),
        ("function", ["преобразован", "функц", "function", "activ"]),
        ("parameter", ["параметр", "hyperparamet", "paramet", "number", "числ", "коэффициент", "penalti", "штраф"]),
        ("interval", ["интерв", "rang", "interval", "диапазон"]),
    ];

    /// <summary>
    /// The kind its head names, or null when none does: in English the kind its opening noun phrase names, null where
    /// its words name different kinds ("a tokenizer library", "a failure mode"); otherwise the first of its first three
    /// words that names one.
    /// An English definition that does not open with an article describes what its term does ("processes tokens one
    /// by one"): it names no kind.
    /// </summary>
    public static string? Of(string definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (definition.Length > 0 && definition[0] is >= 'a' and <= 'z' && !Article().IsMatch(definition))
        {
            return null;
        }

        var opening = TextStemmer.Tokens(definition).Where(t => t is not ("a" or "an" or "the" or "это")).Take(3).ToList();
        if (definition.Length > 0 && definition[0] is >= 'a' and <= 'z')
        {
            // An English noun phrase ends in its head ("a resampling procedure that …"); where its words name kinds that
            // differ ("a tokenizer library", "a failure mode"), it is no kind a swap can rely on.
            var kinds = opening.TakeWhile(t => !PhraseEnds.Contains(t)).Select(KindOfWord).OfType<string>().Distinct().ToList();
            if (kinds.Count > 0)
            {
                return kinds.Count == 1 ? kinds[0] : null;
            }
        }

        return opening.Select(KindOfWord).FirstOrDefault(k => k is not null);
    }

    private static string? KindOfWord(string token)
    {
        var stem = TextStemmer.Stem(token);
        foreach (var (kind, words) in Kinds)
        {
            if (words.Any(w => w.Length <= 4 ? stem == w : stem.StartsWith(w, StringComparison.Ordinal)))
            {
                return kind;
            }
        }

        return null;
    }

    // Words after which an English noun phrase has ended.
    private static readonly HashSet<string> PhraseEnds = new(StringComparer.Ordinal)
    {
        "that", "which", "where", "who", "whose", "when", "of", "for", "in", "to", "with", "by", "from", "on", "at", "used", "between", "over",
    };

    [GeneratedRegex(@"^(?:a|an|the)\s", RegexOptions.IgnoreCase)]
    private static partial Regex Article();
}
