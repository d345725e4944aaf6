using System.Numerics;
using Sobes.Numerics.Exact;

namespace Sobes.Core.Problems.Kinds;

/// <summary>The bound σ'(x) ≤ 1/4 makes the gradient through n sigmoid layers at most (1/4)ⁿ.</summary>
internal sealed class VanishingGradientProblem : IProblemGenerator
{
    public string Kind => "vanishing-gradient";

    public string Topic => "deep-learning";

    public string TitleRu => "Затухание градиента в сигмоидной сети";

    public string TitleEn => "Vanishing gradients through sigmoids";

    public IReadOnlyList<string> Keywords { get; } =
        ["затухани", "vanishing", "взрывающ", "exploding"];

    public ProblemInstance Generate(int seed, string language)
    {
        var b = new InstanceBuilder(Kind, seed, language);
        var layers = b.Random.Next(5, 21);
        var digits = b.Random.Next(3, 9);
        var bound = new Rational(1, 4).Pow(layers);
        var needed = 1;
        while (BigInteger.Pow(4, needed) <= BigInteger.Pow(10, digits)) { needed++; }

        b.Step("σ'(x) = σ(x)(1 − σ(x)); произведение двух чисел с суммой 1 не больше 1/4, максимум при x = 0.",
            "σ'(x) = σ(x)(1 − σ(x)); two numbers summing to 1 have a product of at most 1/4, reached at x = 0.");
        var sChain = b.Step($"По цепному правилу градиент — произведение {layers} множителей σ' · w; при |w| ≤ 1 он не больше (1/4)^{layers} = {bound}.",
            $"By the chain rule the gradient is a product of {layers} factors σ' · w; with |w| ≤ 1 it is at most (1/4)^{layers} = {bound}.", "a", bound);
        b.Step($"(1/4)ⁿ < 10^−{digits} ⇔ 4ⁿ > 10^{digits} ⇔ n > {digits}·lg10/lg4 ≈ {b.L.Num(digits / Math.Log10(4), 3)}; наименьшее n = {needed}.",
            $"(1/4)ⁿ < 10^−{digits} ⇔ 4ⁿ > 10^{digits} ⇔ n > {digits}·log 10/log 4 ≈ {b.L.Num(digits / Math.Log10(4), 3)}; the smallest n = {needed}.", "b", needed);

        b.Part("a", $"Верхняя оценка множителя градиента через {layers} слоёв (дробью)", $"Upper bound of the gradient factor through {layers} layers (a fraction)",
            ExpectedAnswer.Exact(bound),
            b.Mistake(new Rational(1, 2).Pow(layers), sChain, "Максимум σ' равен 1/4, а не 1/2.", "The maximum of σ' is 1/4, not 1/2."));
        b.Part("b", $"Наименьшее число слоёв, при котором оценка меньше 10^−{digits}", $"The fewest layers for which the bound is below 10^−{digits}",
            ExpectedAnswer.Exact(needed));
        return b.Build(
            $"Сеть из {layers} слоёв с сигмоидой, веса по модулю не больше 1. (a) Во сколько раз максимум может уменьшиться градиент, дойдя до первого слоя (оценка сверху множителя)? (b) При каком наименьшем числе слоёв эта оценка меньше 10^−{digits}?",
            $"A network of {layers} sigmoid layers has weights of absolute value at most 1. (a) What upper bound does the chain rule give for the factor by which the gradient shrinks on its way to the first layer? (b) What is the fewest layers for which that bound is below 10^−{digits}?");
    }
}
