using Sobes.Numerics.Exact;

namespace Sobes.Core.Problems.Kinds;

/// <summary>Expected value and variance of the winnings of a die game.</summary>
internal sealed class ExpectedValueProblem : IProblemGenerator
{
    public string Kind => "expected-value";

    public string Topic => "probability";

    public string TitleRu => "Матожидание и дисперсия выигрыша";

    public string TitleEn => "Expected value and variance of a game";

    public IReadOnlyList<string> Keywords { get; } =
        ["матожидани", "математическое ожидание", "expected value", "expectation", "кубик", "dice", "выигрыш"];

    public ProblemInstance Generate(int seed, string language)
    {
        var b = new InstanceBuilder(Kind, seed, language);
        var r = b.Random;
        var winFaces = r.Next(1, 3);          // the top faces win big
        var middleFaces = r.Next(1, 3);       // the next faces return the stake
        var big = r.Next(2, 11) * 5;
        var small = r.Next(1, 5) * 5;
        var stake = r.Next(1, 5) * 5;
        var loseFaces = 6 - winFaces - middleFaces;
        (Rational P, int X)[] outcomes = [(new(winFaces, 6), big), (new(middleFaces, 6), small), (new(loseFaces, 6), -stake)];
        var mean = outcomes.Aggregate(Rational.Zero, (acc, o) => acc + (o.P * o.X));
        var second = outcomes.Aggregate(Rational.Zero, (acc, o) => acc + (o.P * o.X * o.X));
        var variance = second - (mean * mean);

        var table = string.Join("; ", outcomes.Select(o => $"X = {o.X}: P = {o.P}"));
        b.Step($"Распределение выигрыша: {table}.", $"The distribution of winnings: {table}.");
        b.Step($"E[X] = Σ x·P = {b.L.Frac(mean)}.", $"E[X] = Σ x·P = {b.L.Frac(mean)}.", "a", mean);
        b.Step($"E[X²] = Σ x²·P = {b.L.Frac(second)}.", $"E[X²] = Σ x²·P = {b.L.Frac(second)}.", "b", second);
        var sVar = b.Step($"Var[X] = E[X²] − (E[X])² = {b.L.Frac(variance)}.", $"Var[X] = E[X²] − (E[X])² = {b.L.Frac(variance)}.", "b", variance);

        b.Part("a", "Математическое ожидание выигрыша", "Expected winnings", ExpectedAnswer.Exact(mean));
        b.Part("b", "Дисперсия выигрыша", "Variance of the winnings", ExpectedAnswer.Exact(variance),
            b.Mistake(second, sVar, "Не вычтен квадрат матожидания.", "The squared mean is not subtracted."));
        var winList = Faces(7 - winFaces, 6);
        var middleList = Faces(7 - winFaces - middleFaces, 6 - winFaces);
        return b.Build(
            $"Бросают кубик. Если выпало {string.Join(" или ", winList)}, игрок выигрывает {big}; если {string.Join(" или ", middleList)} — выигрывает {small}; иначе теряет {stake}. Найдите матожидание и дисперсию выигрыша X.",
            $"A die is rolled. On {string.Join(" or ", winList)} the player wins {big}; on {string.Join(" or ", middleList)}, {small}; otherwise the player loses {stake}. Find the mean and the variance of the winnings X.");
    }

    private static IEnumerable<int> Faces(int from, int to) => Enumerable.Range(from, to - from + 1);
}
