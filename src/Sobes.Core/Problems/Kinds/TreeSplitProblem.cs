using Sobes.Numerics.Exact;

namespace Sobes.Core.Problems.Kinds;

/// <summary>Impurity of a node and the gain of a split, by Gini (exact) or entropy (decimal).</summary>
internal sealed class TreeSplitProblem : IProblemGenerator
{
    public string Kind => "tree-split";

    public string Topic => "classical-ml";

    public string TitleRu => "Разбиение в дереве: Джини или энтропия";

    public string TitleEn => "A tree split by Gini or entropy";

    public IReadOnlyList<string> Keywords { get; } =
        ["джини", "gini", "information gain", "прирост информации", "impurity", "неоднородност"];

    public ProblemInstance Generate(int seed, string language)
    {
        var b = new InstanceBuilder(Kind, seed, language);
        var r = b.Random;
        int lp = r.Next(1, 10), ln = r.Next(1, 10), rp = r.Next(1, 10), rn = r.Next(1, 10);
        int p = lp + rp, n = ln + rn, total = p + n;
        var gini = r.Next(2) == 0;
        var L = b.L;

        if (gini)
        {
            var parent = Gini(p, n);
            var children = (new Rational(lp + ln, total) * Gini(lp, ln)) + (new Rational(rp + rn, total) * Gini(rp, rn));
            var gain = parent - children;
            b.Step($"Джини узла = 1 − Σ pₖ²: родитель 1 − ({p}/{total})² − ({n}/{total})² = {L.Frac(parent)}.",
                $"Gini = 1 − Σ pₖ²: parent 1 − ({p}/{total})² − ({n}/{total})² = {L.Frac(parent)}.", "a", parent);
            var sW = b.Step($"Левый: {L.Frac(Gini(lp, ln))}, правый: {L.Frac(Gini(rp, rn))}; взвешенно по долям объектов {lp + ln}/{total} и {rp + rn}/{total}: {L.Frac(children)}.",
                $"Left: {L.Frac(Gini(lp, ln))}, right: {L.Frac(Gini(rp, rn))}; weighted by the shares {lp + ln}/{total} and {rp + rn}/{total}: {L.Frac(children)}.", "b", children);
            b.Step($"Уменьшение неоднородности = {L.Frac(gain)}.", $"Impurity decrease = {L.Frac(gain)}.", "c", gain);
            b.Part("a", "Джини родителя", "Gini of the parent", ExpectedAnswer.Exact(parent));
            b.Part("b", "Взвешенный Джини потомков", "Weighted Gini of the children", ExpectedAnswer.Exact(children),
                b.Mistake((Gini(lp, ln) + Gini(rp, rn)) / 2, sW, "Потомков нужно взвешивать по числу объектов.", "Weigh the children by their sizes."));
            b.Part("c", "Уменьшение Джини", "Decrease in Gini", ExpectedAnswer.Exact(gain));
        }
        else
        {
            var parent = Entropy(p, n);
            var children = ((double)(lp + ln) / total * Entropy(lp, ln)) + ((double)(rp + rn) / total * Entropy(rp, rn));
            var gain = parent - children;
            b.Step($"Энтропия H = −Σ pₖ log₂ pₖ; родитель: {L.Num(parent)}.", $"Entropy H = −Σ pₖ log₂ pₖ; parent: {L.Num(parent)}.", "a", Rational.FromDouble(parent));
            var sW = b.Step($"Левый: {L.Num(Entropy(lp, ln))}, правый: {L.Num(Entropy(rp, rn))}; взвешенно: {L.Num(children)}.",
                $"Left: {L.Num(Entropy(lp, ln))}, right: {L.Num(Entropy(rp, rn))}; weighted: {L.Num(children)}.", "b", Rational.FromDouble(children));
            b.Step($"Прирост информации = {L.Num(gain)}.", $"Information gain = {L.Num(gain)}.", "c", Rational.FromDouble(gain));
            b.Part("a", "Энтропия родителя (бит, ±0,001)", "Entropy of the parent (bits, ±0.001)", ExpectedAnswer.Approximate(parent, 0.001));
            b.Part("b", "Взвешенная энтропия потомков (±0,001)", "Weighted entropy of the children (±0.001)", ExpectedAnswer.Approximate(children, 0.001),
                b.Mistake(Rational.FromDouble((Entropy(lp, ln) + Entropy(rp, rn)) / 2), sW, "Потомков нужно взвешивать по числу объектов.", "Weigh the children by their sizes."));
            b.Part("c", "Прирост информации (±0,001)", "Information gain (±0.001)", ExpectedAnswer.Approximate(gain, 0.001));
        }

        var criterion = gini ? L.Pick("критерию Джини", "Gini impurity") : L.Pick("энтропии (log₂)", "entropy (log₂)");
        return b.Build(
            $"В узле {p} объектов класса 1 и {n} класса 0. Разбиение даёт левый лист ({lp} и {ln}) и правый ({rp} и {rn}). По {criterion} найдите неоднородность родителя, взвешенную неоднородность потомков и её уменьшение.",
            $"A node holds {p} objects of class 1 and {n} of class 0. A split gives a left child ({lp} and {ln}) and a right child ({rp} and {rn}). Using {criterion}, find the parent's impurity, the children's weighted impurity and the decrease.");
    }

    private static Rational Gini(int a, int b) => Rational.One - new Rational(a, a + b).Pow(2) - new Rational(b, a + b).Pow(2);

    private static double Entropy(int a, int b)
    {
        double pa = (double)a / (a + b), pb = (double)b / (a + b);
        return -(Term(pa) + Term(pb));
        static double Term(double q) => q == 0 ? 0 : q * Math.Log2(q);
    }
}
