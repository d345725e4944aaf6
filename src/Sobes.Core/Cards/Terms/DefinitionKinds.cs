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
        ("measure", ["дол", "средн", "кор", "метрик", "мер", "отнош", "индекс", "экспонент", "measur", "metric", "mean", "ratio", "estim", "оценк", "index"]),
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
    /// The kind of the first of its first three words that names one, or null when none does. An English definition
    /// that does not open with an article describes what its term does ("processes tokens one by one"): it names no kind.
    /// </summary>
    public static string? Of(string definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (definition.Length > 0 && definition[0] is >= 'a' and <= 'z' && !Article().IsMatch(definition))
        {
            return null;
        }

        foreach (var stem in TextStemmer.Stems(definition).Where(s => s is not ("a" or "an" or "the" or "это")).Take(3))
        {
            foreach (var (kind, words) in Kinds)
            {
                if (words.Any(w => w.Length <= 4 ? stem == w : stem.StartsWith(w, StringComparison.Ordinal)))
                {
                    return kind;
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?:a|an|the)\s", RegexOptions.IgnoreCase)]
    private static partial Regex Article();
}
