using Sobes.Numerics.Exact;

namespace Sobes.Core.Problems.Kinds;

/// <summary>The closed-form least-squares line y = a + bx through a few integer points.</summary>
internal sealed class LeastSquaresProblem : IProblemGenerator
{
    public string Kind => "least-squares";

    public string Topic => "classical-ml";

    public string TitleRu => "Прямая МНК по нескольким точкам";

    public string TitleEn => "The least-squares line for a few points";

    public IReadOnlyList<string> Keywords { get; } =
        ["мнк", "наименьших квадратов", "least squares", "least-squares", "slope", "intercept"];

    public ProblemInstance Generate(int seed, string language)
    {
        var b = new InstanceBuilder(Kind, seed, language);
        var n = b.Random.Next(4, 6);
        var xs = Enumerable.Range(0, 8).OrderBy(_ => b.Random.Next()).Take(n).Order().ToArray();
        var slope0 = b.Random.Next(-3, 4);
        var ys = xs.Select(x => (slope0 * x) + b.Random.Next(-3, 4) + 2).ToArray();
        Rational meanX = new(xs.Sum(), n), meanY = new(ys.Sum(), n);
        var sxy = Rational.Zero;
        var sxx = Rational.Zero;
        for (var i = 0; i < n; i++)
        {
            sxy += (xs[i] - meanX) * (ys[i] - meanY);
            sxx += (xs[i] - meanX) * (xs[i] - meanX);
        }

        var slope = sxy / sxx;
        var intercept = meanY - (slope * meanX);
        var points = string.Join(", ", xs.Select((x, i) => $"({x}; {ys[i]})"));

        b.Step($"Средние: x̄ = {meanX}, ȳ = {meanY}.", $"Means: x̄ = {meanX}, ȳ = {meanY}.");
        var sS = b.Step($"Sxy = Σ(x − x̄)(y − ȳ) = {sxy}; Sxx = Σ(x − x̄)² = {sxx}.", $"Sxy = Σ(x − x̄)(y − ȳ) = {sxy}; Sxx = Σ(x − x̄)² = {sxx}.", "a");
        b.Step($"Наклон b = Sxy / Sxx = {b.L.Frac(slope)}.", $"Slope b = Sxy / Sxx = {b.L.Frac(slope)}.", "a", slope);
        var sA = b.Step($"Свободный член a = ȳ − b·x̄ = {b.L.Frac(intercept)}.", $"Intercept a = ȳ − b·x̄ = {b.L.Frac(intercept)}.", "b", intercept);

        var parts = new List<KnownMistake>();
        if (sxy.Sign != 0)
        {
            parts.Add(b.Mistake(sxx / sxy, sS, "Дробь перевёрнута: наклон равен Sxy / Sxx.", "The fraction is upside down: the slope is Sxy / Sxx."));
        }

        b.Part("a", "Наклон b", "Slope b", ExpectedAnswer.Exact(slope), [.. parts]);
        b.Part("b", "Свободный член a", "Intercept a", ExpectedAnswer.Exact(intercept),
            b.Mistake(meanY + (slope * meanX), sA, "Знак: a = ȳ − b·x̄.", "Sign: a = ȳ − b·x̄."));
        return b.Build(
            $"Найдите прямую y = a + b·x методом наименьших квадратов по точкам {points}. Ответы — точными дробями.",
            $"Fit the line y = a + b·x by least squares to the points {points}. Give exact fractions.");
    }
}
