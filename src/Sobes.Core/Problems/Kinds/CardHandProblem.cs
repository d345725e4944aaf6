using Sobes.Numerics.Exact;

namespace Sobes.Core.Problems.Kinds;

/// <summary>Probabilities of five-card hands from a 52-card deck, as exact fractions.</summary>
internal sealed class CardHandProblem : IProblemGenerator
{
    public string Kind => "card-hand";

    public string Topic => "probability";

    public string TitleRu => "Вероятности покерных раздач";

    public string TitleEn => "Card-hand probabilities";

    public IReadOnlyList<string> Keywords { get; } =
        ["колод", "deck", "poker", "покер", "туз", "ace", "aces", "флеш", "flush", "масти", "масть", "suit", "раздач"];

    public ProblemInstance Generate(int seed, string language)
    {
        var b = new InstanceBuilder(Kind, seed, language);
        var total = Combinatorics.Binomial(52, 5);
        var ev = b.Random.Next(6);
        var (ru, en, count, countRu, countEn) = ev switch
        {
            0 => ("все пять карт одной масти", "all five cards being of one suit",
                4 * Combinatorics.Binomial(13, 5), "Выберем масть (4 способа) и 5 карт из её 13: 4·C(13,5)", "Choose the suit (4 ways) and 5 of its 13 cards: 4·C(13,5)"),
            1 => ("ровно три туза", "exactly three aces",
                Combinatorics.Binomial(4, 3) * Combinatorics.Binomial(48, 2), "Три туза из четырёх и две карты из 48 остальных: C(4,3)·C(48,2)", "Three of the four aces and two of the other 48 cards: C(4,3)·C(48,2)"),
            2 => ("роял-флеш (10, В, Д, К, Т одной масти)", "a royal flush (10, J, Q, K, A of one suit)",
                new System.Numerics.BigInteger(4), "Роял-флеш по одному на масть: 4", "One royal flush per suit: 4"),
            3 => ("каре (четыре карты одного достоинства)", "four of a kind",
                13 * Combinatorics.Binomial(48, 1), "Достоинство каре (13 способов) и пятая карта из 48: 13·48", "The rank (13 ways) and a fifth card from 48: 13·48"),
            4 => ("ровно две червы", "exactly two hearts",
                Combinatorics.Binomial(13, 2) * Combinatorics.Binomial(39, 3), "Две червы из 13 и три карты других мастей из 39: C(13,2)·C(39,3)", "Two of the 13 hearts and three of the 39 other cards: C(13,2)·C(39,3)"),
            _ => ("нет ни одного туза", "no ace at all",
                Combinatorics.Binomial(48, 5), "Все пять карт из 48 не-тузов: C(48,5)", "All five cards from the 48 non-aces: C(48,5)"),
        };
        var probability = new Rational(count, total);

        b.Step($"Всего раздач: C(52,5) = {total}, все равновероятны.", $"All hands: C(52,5) = {total}, equally likely.");
        var sCount = b.Step($"{countRu} = {count}.", $"{countEn} = {count}.", "a", count);
        b.Step($"P = {count} / {total} = {b.L.Frac(probability)}.", $"P = {count} / {total} = {b.L.Frac(probability)}.", "a", probability);

        var mistakes = new List<KnownMistake>();
        if (ev == 0)
        {
            mistakes.Add(b.Mistake(probability / 4, sCount, "Учтена только одна масть — умножьте на 4.", "Only one suit counted: multiply by 4."));
        }

        if (ev == 1)
        {
            mistakes.Add(b.Mistake(new Rational(Combinatorics.Binomial(4, 3) * Combinatorics.Binomial(51, 2), total), sCount,
                "Остальные две карты не должны быть тузами: выбирайте их из 48.", "The other two cards must not be aces: choose them from 48."));
        }

        b.Part("a", "Вероятность (точной дробью)", "Probability (as an exact fraction)", ExpectedAnswer.Exact(probability), [.. mistakes]);
        return b.Build(
            $"Из хорошо перемешанной колоды в 52 карты сдают 5 карт. Какова вероятность события «{ru}»?",
            $"Five cards are dealt from a well-shuffled 52-card deck. What is the probability of {en}?");
    }
}
