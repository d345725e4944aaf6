namespace Sobes.Core.Text;

public static partial class TextStemmer
{
    // Snowball removes inflections only, so a verb and its verbal noun or participle keep different stems:
    // "переобучиться" → "переобуч" but "переобучение" → "переобучен"; "регуляризовать" → "регуляризова" but
    // "регуляризация" → "регуляризац"; "изменять" → "изменя". Stripping one derivational suffix from the Snowball
    // stem joins these families (a light form of the derivational step Porter2 has for English). Ordered
    // longest first; the first that matches is removed when at least MinimumRussianStem letters remain.
    private static readonly string[] RussianDerivationalSuffixes =
        ["ирован", "ирова", "ован", "ова", "ива", "ыва", "ен", "ац", "яц", "а", "я"];

    private const int MinimumRussianStem = 3;

    // Porter2 folds "-ization"/"-izer"/"-ize" into the base ("regularization", "regularize" → "regular") but knows
    // only the American "z". British forms are rewritten first ("regularisation" → "regularization"), except after
    // letters that mark a word where "-ise" is not that suffix: advise, supervise, precise, raise, noise, cruise.
    private static readonly string[] BritishSuffixes = ["isations", "isation", "isers", "iser", "ising", "ised", "ises", "ise"];

    private const int MinimumBritishBase = 4;

    private static string StripRussianDerivation(string stem)
    {
        foreach (var suffix in RussianDerivationalSuffixes)
        {
            if (stem.Length - suffix.Length >= MinimumRussianStem && stem.EndsWith(suffix, StringComparison.Ordinal))
            {
                return stem[..^suffix.Length];
            }
        }

        return stem;
    }

    private static string AmericanSpelling(string word)
    {
        foreach (var suffix in BritishSuffixes)
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal))
            {
                var baseLength = word.Length - suffix.Length;
                return baseLength >= MinimumBritishBase && word[baseLength - 1] is not ('v' or 'c' or 'a' or 'o' or 'u' or 'w')
                    ? string.Concat(word.AsSpan(0, baseLength), "iz", suffix.AsSpan(2))
                    : word;
            }
        }

        return word;
    }
}
