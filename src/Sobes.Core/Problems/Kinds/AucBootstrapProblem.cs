using Sobes.Numerics.Exact;

namespace Sobes.Core.Problems.Kinds;

/// <summary>A percentile bootstrap interval for AUC read off 21 bootstrap replicates.</summary>
internal sealed class AucBootstrapProblem : IProblemGenerator
{
    private const int Count = 21;

    public string Kind => "auc-bootstrap";

    public string Topic => "validation";

    public string TitleRu => "Доверительный интервал AUC бутстрепом";

    public string TitleEn => "An AUC interval from bootstrap samples";

    public IReadOnlyList<string> Keywords { get; } =
        ["бутстреп", "бутстрэп", "bootstrap"];

    public ProblemInstance Generate(int seed, string language)
    {
        var b = new InstanceBuilder(Kind, seed, language);
        var center = b.Random.Next(650, 900);
        var thousandths = Enumerable.Range(0, Count).Select(_ => center + b.Random.Next(-40, 41)).ToArray();
        var sorted = thousandths.Order().ToArray();
        var lower = new Rational(sorted[1], 1000);
        var upper = new Rational(sorted[^2], 1000);
        var L = b.L;
        string Fmt(int v) => L.Num(v / 1000.0, 3);

        b.Step($"Отсортируем значения: {string.Join(", ", sorted.Select(Fmt))}.", $"Sort the {Count} values: {string.Join(", ", sorted.Select(Fmt))}.");
        var sPos = b.Step("Для 90% интервала нужны квантили 5% и 95%: позиции 0,05·(21 − 1) = 1 и 0,95·20 = 19 (нумерация с нуля), т. е. 2-е и 20-е по порядку.",
            "A 90% interval takes the 5% and 95% quantiles: positions 0.05·(21 − 1) = 1 and 0.95·20 = 19 (from zero), i.e. the 2nd and the 20th values.");
        b.Step($"Нижняя граница {Fmt(sorted[1])}.", $"Lower bound {Fmt(sorted[1])}.", "a", lower);
        b.Step($"Верхняя граница {Fmt(sorted[^2])}.", $"Upper bound {Fmt(sorted[^2])}.", "b", upper);

        b.Part("a", "Нижняя граница", "Lower bound", ExpectedAnswer.Exact(lower),
            b.Mistake(new Rational(sorted[0], 1000), sPos, "Это минимум, а 5%-квантиль — второе значение.", "That is the minimum; the 5% quantile is the second value."));
        b.Part("b", "Верхняя граница", "Upper bound", ExpectedAnswer.Exact(upper),
            b.Mistake(new Rational(sorted[^1], 1000), sPos, "Это максимум, а 95%-квантиль — предпоследнее значение.", "That is the maximum; the 95% quantile is the second largest."));
        var list = string.Join(", ", thousandths.Select(Fmt));
        return b.Build(
            $"AUC модели посчитали на бутстреп-выборках ({Count} штук): {list}. Постройте 90% перцентильный доверительный интервал (квантили с линейной интерполяцией по позиции q·(n − 1)).",
            $"A model's AUC was computed on {Count} bootstrap resamples: {list}. Give the 90% percentile confidence interval (quantiles by linear interpolation at position q·(n − 1)).");
    }
}
