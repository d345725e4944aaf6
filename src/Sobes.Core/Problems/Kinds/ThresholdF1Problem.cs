using Sobes.Numerics.Exact;

namespace Sobes.Core.Problems.Kinds;

/// <summary>F1 at a given threshold, and the threshold that maximises F1, from a small score table.</summary>
internal sealed class ThresholdF1Problem : IProblemGenerator
{
    public string Kind => "threshold-f1";

    public string Topic => "metrics";

    public string TitleRu => "F1 при пороге и лучший порог";

    public string TitleEn => "F1 at a threshold and the best threshold";

    public IReadOnlyList<string> Keywords { get; } =
        ["порог", "threshold", "f1", "f-мера", "f-measure", "отсечк", "cutoff"];

    public ProblemInstance Generate(int seed, string language)
    {
        var b = new InstanceBuilder(Kind, seed, language);
        var (labels, tenths) = Table.Scored(b.Random, 8, distinct: true);
        var given = tenths[b.Random.Next(tenths.Length)];
        var f1Given = F1(labels, tenths, given);
        var candidates = tenths.Distinct().OrderDescending().Select(t => (Threshold: t, F1: F1(labels, tenths, t))).ToList();
        var best = candidates.MaxBy(c => c.F1);   // MaxBy keeps the first maximum: the highest threshold.
        var gt = b.L.Num(given / 10.0, 1);

        b.Step("Класс 1 предсказывается, если score ≥ порога; F1 = 2TP / (2TP + FP + FN).",
            "Predict class 1 when score ≥ threshold; F1 = 2TP / (2TP + FP + FN).");
        var sGiven = b.Step($"При пороге {gt}: {Counts(labels, tenths, given)}, F1 = {b.L.Frac(f1Given)}.",
            $"At threshold {gt}: {Counts(labels, tenths, given)}, F1 = {b.L.Frac(f1Given)}.", "a", f1Given);
        var table = string.Join("; ", candidates.Select(c => $"{b.L.Num(c.Threshold / 10.0, 1)}: {c.F1}"));
        b.Step($"Переберём пороги, равные значениям score (сверху вниз): {table}.",
            $"Try every score as the threshold (top down): {table}.", "b");
        b.Step($"Наибольшее F1 в таблице = {b.L.Frac(best.F1)}.", $"The largest F1 in the table = {b.L.Frac(best.F1)}.", "c", best.F1);
        b.Step($"Оно достигается при пороге {b.L.Num(best.Threshold / 10.0, 1)} (при равенстве берём больший порог).",
            $"It is reached at threshold {b.L.Num(best.Threshold / 10.0, 1)} (on a tie, take the higher threshold).", "b", new Rational(best.Threshold, 10));

        var p = Precision(labels, tenths, given);
        var r = Recall(labels, tenths, given);
        b.Part("a", $"F1 при пороге {gt}", $"F1 at threshold {gt}", ExpectedAnswer.Exact(f1Given),
            b.Mistake((p + r) / 2, sGiven, "Это среднее арифметическое точности и полноты, а не гармоническое.", "That is the arithmetic mean of precision and recall, not the harmonic mean."));
        b.Part("b", "Порог с наибольшим F1", "The threshold with the largest F1", ExpectedAnswer.Exact(new Rational(best.Threshold, 10)));
        b.Part("c", "Наибольшее F1", "The largest F1", ExpectedAnswer.Exact(best.F1));
        return b.Build(
            $"Модель выдала оценки: {Table.Rows(b.L, labels, tenths.Select(t => t / 10.0).ToArray())}. (a) Найдите F1 при пороге {gt}. (b) При каком пороге из значений score F1 наибольший (при равенстве — больший порог)? (c) Чему он равен?",
            $"A model gave these scores: {Table.Rows(b.L, labels, tenths.Select(t => t / 10.0).ToArray())}. (a) Find F1 at threshold {gt}. (b) Which threshold among the scores gives the largest F1 (on a tie, the higher one)? (c) What is that F1?");
    }

    private static (int Tp, int Fp, int Fn) Count(bool[] labels, int[] tenths, int threshold)
    {
        int tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            var predicted = tenths[i] >= threshold;
            if (labels[i] && predicted) { tp++; } else if (labels[i]) { fn++; } else if (predicted) { fp++; }
        }

        return (tp, fp, fn);
    }

    private static Rational F1(bool[] labels, int[] tenths, int threshold)
    {
        var (tp, fp, fn) = Count(labels, tenths, threshold);
        return (2 * tp) + fp + fn == 0 ? Rational.Zero : new Rational(2 * tp, (2 * tp) + fp + fn);
    }

    private static Rational Precision(bool[] labels, int[] tenths, int threshold)
    {
        var (tp, fp, _) = Count(labels, tenths, threshold);
        return tp + fp == 0 ? Rational.Zero : new Rational(tp, tp + fp);
    }

    private static Rational Recall(bool[] labels, int[] tenths, int threshold)
    {
        var (tp, _, fn) = Count(labels, tenths, threshold);
        return tp + fn == 0 ? Rational.Zero : new Rational(tp, tp + fn);
    }

    private static string Counts(bool[] labels, int[] tenths, int threshold)
    {
        var (tp, fp, fn) = Count(labels, tenths, threshold);
        return $"TP = {tp}, FP = {fp}, FN = {fn}";
    }
}
