using Sobes.Numerics.Curves;
using Sobes.Numerics.Exact;
using Sobes.Numerics.Metrics;

namespace Sobes.Core.Problems.Kinds;

/// <summary>Log loss (natural logarithm) and Brier score of a handful of predictions.</summary>
internal sealed class LogLossProblem : IProblemGenerator
{
    public string Kind => "log-loss";

    public string Topic => "metrics";

    public string TitleRu => "Log loss и Brier score";

    public string TitleEn => "Log loss and Brier score";

    public IReadOnlyList<string> Keywords { get; } =
        ["log loss", "logloss", "логлосс", "лог-лосс", "кросс-энтроп", "cross-entropy", "cross entropy", "brier", "брайер"];

    public ProblemInstance Generate(int seed, string language)
    {
        var b = new InstanceBuilder(Kind, seed, language);
        var n = b.Random.Next(4, 6);
        var labels = new bool[n];
        var probabilities = new double[n];
        for (var i = 0; i < n; i++)
        {
            labels[i] = b.Random.Next(2) == 1;
            probabilities[i] = b.Random.Next(1, 10) / 10.0;
        }

        var loss = ProbabilityScores.LogLoss(labels, probabilities);
        var brier = Enumerable.Range(0, n).Aggregate(Rational.Zero,
            (acc, i) => acc + (new Rational((int)Math.Round(probabilities[i] * 10), 10) - (labels[i] ? 1 : 0)).Pow(2)) / n;
        var log2Loss = loss / Math.Log(2);
        var rows = string.Join("; ", Enumerable.Range(0, n).Select(i => $"y={(labels[i] ? 1 : 0)}, p={b.L.Num(probabilities[i], 1)}"));
        var terms = string.Join(" + ", Enumerable.Range(0, n).Select(i =>
            b.L.Num(-Math.Log(labels[i] ? probabilities[i] : 1 - probabilities[i]), 4)));

        b.Step("Для каждого объекта штраф −ln p, если y = 1, и −ln(1 − p), если y = 0.",
            "Each object costs −ln p when y = 1 and −ln(1 − p) when y = 0.");
        var sSum = b.Step($"Штрафы: {terms}.", $"Costs: {terms}.", "a");
        b.Step($"Log loss = среднее = {b.L.Num(loss, 4)}.", $"Log loss = their mean = {b.L.Num(loss, 4)}.", "a", Rational.FromDouble(loss));
        b.Step($"Brier = среднее (p − y)² = {b.L.Frac(brier)}.", $"Brier = mean of (p − y)² = {b.L.Frac(brier)}.", "b", brier);

        b.Part("a", "Log loss (натуральный логарифм), с точностью 0,001", "Log loss (natural log), to within 0.001",
            ExpectedAnswer.Approximate(loss, 0.001),
            b.Mistake(Rational.FromDouble(log2Loss), sSum, "Логарифм должен быть натуральным, а не двоичным.", "Use the natural logarithm, not log base 2."),
            b.Mistake(Rational.FromDouble(-loss), sSum, "Потерян знак минус: log loss неотрицателен.", "The minus sign is lost: log loss is non-negative."));
        b.Part("b", "Brier score", "Brier score", ExpectedAnswer.Exact(brier));
        // Three bins (low, middle, high probability): with four or five predictions, more bins would hold one point each.
        var bins = CalibrationCurve.Compute(labels, probabilities, bins: 3);
        var svg = SvgPlot.UnitSquareCurve([.. bins.Select(bin => (bin.MeanPredicted, bin.FractionPositive))],
            b.L.Pick("средняя вероятность", "mean predicted"), b.L.Pick("доля класса 1", "fraction of positives"),
            b.L.Pick("Калибровочная кривая", "Calibration curve"));
        return b.Build(
            $"Модель выдала вероятности класса 1: {rows}. Найдите log loss (натуральный логарифм) и Brier score.",
            $"A model predicted these probabilities of class 1: {rows}. Find the log loss (natural log) and the Brier score.", svg);
    }
}
