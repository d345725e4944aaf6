using Sobes.Numerics.Curves;
using Sobes.Numerics.Exact;

namespace Sobes.Core.Problems.Kinds;

/// <summary>ROC points at a threshold and the AUC by counting ordered pairs, ties counting one half.</summary>
internal sealed class RocAucProblem : IProblemGenerator
{
    public string Kind => "roc-auc";

    public string Topic => "metrics";

    public string TitleRu => "ROC-кривая и AUC вручную";

    public string TitleEn => "ROC points and AUC by hand";

    public IReadOnlyList<string> Keywords { get; } =
        ["roc", "auc", "рок-крив", "площадь под", "area under"];

    public ProblemInstance Generate(int seed, string language)
    {
        var b = new InstanceBuilder(Kind, seed, language);
        var (labels, tenths) = Table.Scored(b.Random, b.Random.Next(6, 9), distinct: false);
        var scores = tenths.Select(t => t / 10.0).ToArray();
        int positives = labels.Count(l => l), negatives = labels.Length - positives;
        var inner = tenths.Distinct().Order().Skip(1).ToArray();   // the lowest score would make both rates 1
        var threshold = inner.Length > 0 ? inner[b.Random.Next(inner.Length)] : tenths[0];

        var ordered = Rational.Zero;
        var perPositive = new List<string>();
        for (var i = 0; i < labels.Length; i++)
        {
            if (!labels[i]) { continue; }
            var wins = Rational.Zero;
            for (var j = 0; j < labels.Length; j++)
            {
                if (labels[j]) { continue; }
                wins += tenths[i] > tenths[j] ? Rational.One : tenths[i] == tenths[j] ? new Rational(1, 2) : Rational.Zero;
            }

            ordered += wins;
            perPositive.Add($"{b.L.Num(scores[i], 1)}→{b.L.Num(wins.ToDouble(), 1)}");
        }

        var auc = ordered / (positives * negatives);
        int tp = 0, fp = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            if (tenths[i] >= threshold) { if (labels[i]) { tp++; } else { fp++; } }
        }

        var tpr = new Rational(tp, positives);
        var fpr = new Rational(fp, negatives);
        var t = b.L.Num(threshold / 10.0, 1);
        var sTpr = b.Step($"При пороге {t} (класс 1, если score ≥ {t}): TP = {tp} из {positives} положительных, TPR = {b.L.Frac(tpr)}.",
            $"At threshold {t} (class 1 when score ≥ {t}): TP = {tp} of {positives} positives, TPR = {b.L.Frac(tpr)}.", "a", tpr);
        var sFpr = b.Step($"FP = {fp} из {negatives} отрицательных, FPR = {b.L.Frac(fpr)}.",
            $"FP = {fp} of {negatives} negatives, FPR = {b.L.Frac(fpr)}.", "b", fpr);
        b.Step($"AUC = доля пар (положительный, отрицательный), где положительный выше; ничья даёт ½. Всего пар {positives}·{negatives} = {positives * negatives}.",
            $"AUC is the share of (positive, negative) pairs ranked correctly, a tie counting ½. There are {positives}·{negatives} = {positives * negatives} pairs.");
        var sCount = b.Step($"Для каждого положительного (score→выигранные пары): {string.Join(", ", perPositive)}; сумма {b.L.Num(ordered.ToDouble(), 1)}.",
            $"For each positive (score→pairs won): {string.Join(", ", perPositive)}; total {b.L.Num(ordered.ToDouble(), 1)}.", "c", ordered);
        b.Step($"AUC = {b.L.Num(ordered.ToDouble(), 1)} / {positives * negatives} = {b.L.Frac(auc)}.",
            $"AUC = {b.L.Num(ordered.ToDouble(), 1)} / {positives * negatives} = {b.L.Frac(auc)}.", "c", auc);

        b.Part("a", $"TPR при пороге {t}", $"TPR at threshold {t}", ExpectedAnswer.Exact(tpr),
            b.Mistake(fpr, sTpr, "Это FPR: TPR делит TP на число положительных.", "That is FPR: TPR divides TP by the positives."));
        b.Part("b", $"FPR при пороге {t}", $"FPR at threshold {t}", ExpectedAnswer.Exact(fpr),
            b.Mistake(new Rational(fp, labels.Length), sFpr, "FPR делят на число отрицательных, а не на всех.", "FPR divides by the negatives, not by everyone."));
        b.Part("c", "AUC (точной дробью)", "AUC (as an exact fraction)", ExpectedAnswer.Exact(auc),
            b.Mistake(new Rational((int)Math.Floor(ordered.ToDouble()), positives * negatives), sCount, "Ничьи считаются за ½ пары.", "A tie counts as half a pair."));

        var roc = RocCurve.Compute(labels, scores);
        var svg = SvgPlot.UnitSquareCurve(
            roc.FalsePositiveRates.Zip(roc.TruePositiveRates).ToList(), "FPR", "TPR", b.L.Pick("ROC-кривая", "ROC curve"));
        return b.Build(
            $"Оценки модели для объектов: {Table.Rows(b.L, labels, scores)}. (a) TPR и (b) FPR при пороге {t}; (c) ROC AUC.",
            $"Scores of the objects: {Table.Rows(b.L, labels, scores)}. (a) TPR and (b) FPR at threshold {t}; (c) the ROC AUC.", svg);
    }
}
