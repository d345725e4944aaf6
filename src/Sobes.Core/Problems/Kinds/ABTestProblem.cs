using Sobes.Numerics.Exact;
using Sobes.Numerics.Statistics;

namespace Sobes.Core.Problems.Kinds;

/// <summary>A two-proportion z-test on conversions of an A/B test, and the decision at α = 0.05.</summary>
internal sealed class ABTestProblem : IProblemGenerator
{
    public string Kind => "ab-test";

    public string Topic => "probability";

    public string TitleRu => "Решение по A/B-тесту";

    public string TitleEn => "An A/B test decision";

    public IReadOnlyList<string> Keywords { get; } =
        ["a/b", "ab-тест", "ab test", "а/б", "конверси", "conversion", "z-тест", "z-test"];

    public ProblemInstance Generate(int seed, string language)
    {
        var b = new InstanceBuilder(Kind, seed, language);
        var r = b.Random;
        var nA = r.Next(2, 11) * 500;
        var nB = r.Next(2, 11) * 500;
        var rate = r.Next(5, 16) / 100.0;
        var lift = r.Next(-2, 9) / 200.0;
        var xA = (int)Math.Round(nA * rate);
        var xB = (int)Math.Round(nB * (rate + lift));
        var test = ABTest.Proportions(xA, nA, xB, nB);
        var significant = test.IsSignificant(0.05);
        var pooled = (double)(xA + xB) / (nA + nB);
        var L = b.L;

        b.Step($"Конверсии: p_A = {xA}/{nA} = {L.Num((double)xA / nA)}, p_B = {xB}/{nB} = {L.Num((double)xB / nB)}; разница {L.Num(test.Difference)}.",
            $"Conversion rates: p_A = {xA}/{nA} = {L.Num((double)xA / nA)}, p_B = {xB}/{nB} = {L.Num((double)xB / nB)}; difference {L.Num(test.Difference)}.");
        b.Step($"Общая конверсия при H₀: p = {xA + xB}/{nA + nB} = {L.Num(pooled)}; SE = √(p(1 − p)(1/n_A + 1/n_B)) = {L.Num(test.StandardError, 5)}.",
            $"Pooled rate under H₀: p = {xA + xB}/{nA + nB} = {L.Num(pooled)}; SE = √(p(1 − p)(1/n_A + 1/n_B)) = {L.Num(test.StandardError, 5)}.");
        var sZ = b.Step($"z = (p_B − p_A) / SE = {L.Num(test.Statistic, 3)}.", $"z = (p_B − p_A) / SE = {L.Num(test.Statistic, 3)}.", "a", Rational.FromDouble(test.Statistic));
        var sP = b.Step($"Двусторонний p-value = 2·Φ(−|z|) = {L.Num(test.PValue, 4)}.", $"Two-sided p-value = 2·Φ(−|z|) = {L.Num(test.PValue, 4)}.", "b", Rational.FromDouble(test.PValue));
        b.Step(significant ? "p < 0,05: различие значимо, H₀ отвергаем." : "p ≥ 0,05: различие незначимо, H₀ не отвергаем.",
            significant ? "p < 0.05: the difference is significant; reject H₀." : "p ≥ 0.05: the difference is not significant; keep H₀.", "c", significant ? 1 : 0);

        b.Part("a", "z-статистика (±0,01)", "The z statistic (±0.01)", ExpectedAnswer.Approximate(test.Statistic, 0.01),
            b.Mistake(Rational.FromDouble(-test.Statistic), sZ, "Знак: считайте p_B − p_A.", "Sign: take p_B − p_A."));
        b.Part("b", "Двусторонний p-value (±0,005)", "Two-sided p-value (±0.005)", ExpectedAnswer.Approximate(test.PValue, 0.005),
            b.Mistake(Rational.FromDouble(test.PValue / 2), sP, "Это односторонний p-value: умножьте на 2.", "That is one-sided: double it."));
        b.Part("c", "Значимо ли различие при α = 0,05? (да/нет)", "Is the difference significant at α = 0.05? (yes/no)", ExpectedAnswer.YesNo(significant));
        return b.Build(
            $"В A/B-тесте группа A: {xA} конверсий из {nA}, группа B: {xB} из {nB}. Проверьте z-тестом для долей (двусторонняя гипотеза, α = 0,05).",
            $"In an A/B test group A converted {xA} of {nA} and group B {xB} of {nB}. Run a two-proportion z-test (two-sided, α = 0.05).");
    }
}
