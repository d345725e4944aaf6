using Sobes.Numerics.Exact;

namespace Sobes.Core.Problems.Kinds;

/// <summary>Precision, recall, F1 and accuracy from the four counts of a confusion matrix.</summary>
internal sealed class ConfusionMetricsProblem : IProblemGenerator
{
    public string Kind => "confusion-metrics";

    public string Topic => "metrics";

    public string TitleRu => "Метрики по матрице ошибок";

    public string TitleEn => "Metrics from a confusion matrix";

    public IReadOnlyList<string> Keywords { get; } =
        ["матриц ошибок", "confusion matrix", "precision", "recall", "точност", "полнот", "ложноположит", "false positive"];

    public ProblemInstance Generate(int seed, string language)
    {
        var b = new InstanceBuilder(Kind, seed, language);
        var r = b.Random;
        int tp = r.Next(20, 91), fp = r.Next(5, 41), tn = r.Next(30, 121), fn = r.Next(5, 41);
        var precision = new Rational(tp, tp + fp);
        var recall = new Rational(tp, tp + fn);
        var f1 = new Rational(2 * tp, (2 * tp) + fp + fn);
        var accuracy = new Rational(tp + tn, tp + fp + tn + fn);

        var sP = b.Step($"Точность (precision) = TP / (TP + FP) = {tp} / {tp + fp} = {b.L.Frac(precision)}.",
            $"Precision = TP / (TP + FP) = {tp} / {tp + fp} = {b.L.Frac(precision)}.", "a", precision);
        var sR = b.Step($"Полнота (recall) = TP / (TP + FN) = {tp} / {tp + fn} = {b.L.Frac(recall)}.",
            $"Recall = TP / (TP + FN) = {tp} / {tp + fn} = {b.L.Frac(recall)}.", "b", recall);
        var sF = b.Step($"F1 — гармоническое среднее: 2PR / (P + R) = 2TP / (2TP + FP + FN) = {2 * tp} / {(2 * tp) + fp + fn} = {b.L.Frac(f1)}.",
            $"F1 is the harmonic mean: 2PR / (P + R) = 2TP / (2TP + FP + FN) = {2 * tp} / {(2 * tp) + fp + fn} = {b.L.Frac(f1)}.", "c", f1);
        b.Step($"Accuracy = (TP + TN) / всего = {tp + tn} / {tp + fp + tn + fn} = {b.L.Frac(accuracy)}.",
            $"Accuracy = (TP + TN) / total = {tp + tn} / {tp + fp + tn + fn} = {b.L.Frac(accuracy)}.", "d", accuracy);

        b.Part("a", "Точность (precision)", "Precision", ExpectedAnswer.Exact(precision),
            b.Mistake(recall, sP, "Это полнота: в знаменателе должно быть TP + FP.", "That is recall: the denominator is TP + FP."));
        b.Part("b", "Полнота (recall)", "Recall", ExpectedAnswer.Exact(recall),
            b.Mistake(precision, sR, "Это точность: в знаменателе должно быть TP + FN.", "That is precision: the denominator is TP + FN."));
        b.Part("c", "F1", "F1", ExpectedAnswer.Exact(f1),
            b.Mistake((precision + recall) / 2, sF, "Это арифметическое среднее, а F1 — гармоническое.", "That is the arithmetic mean; F1 is the harmonic mean."));
        b.Part("d", "Accuracy", "Accuracy", ExpectedAnswer.Exact(accuracy));
        return b.Build(
            $"Классификатор на тестовой выборке дал: TP = {tp}, FP = {fp}, TN = {tn}, FN = {fn}. Найдите точность, полноту, F1 и accuracy (дробью или десятичной).",
            $"On a test set a classifier has TP = {tp}, FP = {fp}, TN = {tn}, FN = {fn}. Find precision, recall, F1 and accuracy (as fractions or decimals).");
    }
}
