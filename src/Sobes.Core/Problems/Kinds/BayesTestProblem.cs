using Sobes.Numerics.Exact;

namespace Sobes.Core.Problems.Kinds;

/// <summary>Bayes' rule for a medical test: the chance of illness after a positive result.</summary>
internal sealed class BayesTestProblem : IProblemGenerator
{
    private static readonly Rational[] Prevalences = [new(1, 1000), new(1, 200), new(1, 100), new(2, 100), new(5, 100)];

    public string Kind => "bayes-test";

    public string Topic => "probability";

    public string TitleRu => "Формула Байеса: медицинский тест";

    public string TitleEn => "Bayes' rule: a medical test";

    public IReadOnlyList<string> Keywords { get; } =
        ["байес", "bayes", "чувствительн", "sensitivity", "специфичн", "specificity", "prevalence", "распространенност", "болезн", "болен", "disease"];

    public ProblemInstance Generate(int seed, string language)
    {
        var b = new InstanceBuilder(Kind, seed, language);
        var r = b.Random;
        var prevalence = Prevalences[r.Next(Prevalences.Length)];
        var sensitivity = new Rational(r.Next(90, 100), 100);
        var specificity = new Rational(r.Next(90, 100), 100);
        var falsePositive = Rational.One - specificity;
        var positive = (sensitivity * prevalence) + (falsePositive * (Rational.One - prevalence));
        var posterior = sensitivity * prevalence / positive;
        string P(Rational x) => b.L.Num(x.ToDouble() * 100, 2) + "%";

        b.Step($"Обозначим D — болен, + — тест положителен. P(D) = {P(prevalence)}, P(+|D) = {P(sensitivity)}, P(+|¬D) = 1 − специфичность = {P(falsePositive)}.",
            $"Let D be illness and + a positive test. P(D) = {P(prevalence)}, P(+|D) = {P(sensitivity)}, P(+|¬D) = 1 − specificity = {P(falsePositive)}.");
        var sTotal = b.Step($"Формула полной вероятности: P(+) = P(+|D)P(D) + P(+|¬D)P(¬D) = {b.L.Frac(positive)}.",
            $"Total probability: P(+) = P(+|D)P(D) + P(+|¬D)P(¬D) = {b.L.Frac(positive)}.", "a", positive);
        var sBayes = b.Step($"Формула Байеса: P(D|+) = P(+|D)P(D) / P(+) = {b.L.Frac(posterior)}.",
            $"Bayes' rule: P(D|+) = P(+|D)P(D) / P(+) = {b.L.Frac(posterior)}.", "b", posterior);

        b.Part("a", "Вероятность положительного результата P(+)", "Probability of a positive result P(+)", ExpectedAnswer.Exact(positive),
            b.Mistake(sensitivity * prevalence, sTotal, "Забыты ложноположительные результаты у здоровых.", "The false positives among the healthy are missing."));
        b.Part("b", "Вероятность болезни при положительном тесте P(D|+)", "Probability of illness given a positive test P(D|+)", ExpectedAnswer.Exact(posterior),
            b.Mistake(sensitivity, sBayes, "Это P(+|D), а не P(D|+): условные вероятности перепутаны.", "That is P(+|D), not P(D|+): the conditionals are swapped."));
        return b.Build(
            $"Болезнь встречается у {P(prevalence)} людей. Чувствительность теста {P(sensitivity)}, специфичность {P(specificity)}. Человек получил положительный результат. (a) Найдите P(+). (b) Найдите вероятность, что он болен.",
            $"A disease affects {P(prevalence)} of people. A test has sensitivity {P(sensitivity)} and specificity {P(specificity)}. A person tests positive. (a) Find P(+). (b) Find the probability that the person is ill.");
    }
}
