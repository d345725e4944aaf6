using System.Globalization;
using Sobes.Core.Problems;
using Sobes.Numerics.Exact;

namespace Sobes.Core.Tests.Problems;

public sealed class ProblemGeneratorTests
{
    private static readonly int[] Seeds = [1, 2, 3, 42, 1000, 123_456];

    public static TheoryData<string, int> KindsAndSeeds()
    {
        var data = new TheoryData<string, int>();
        foreach (var generator in ProblemCatalog.All)
        {
            foreach (var seed in Seeds) { data.Add(generator.Kind, seed); }
        }

        return data;
    }

    private static ProblemInstance Make(string kind, int seed, string language = "en") =>
        ProblemCatalog.Find(kind)!.Generate(seed, language);

    [Theory]
    [MemberData(nameof(KindsAndSeeds))]
    public void The_same_seed_gives_the_same_instance(string kind, int seed)
    {
        var first = Make(kind, seed);
        var second = Make(kind, seed);
        Assert.Equal(first.Statement, second.Statement);
        Assert.Equal(first.Svg, second.Svg);
        Assert.Equal(first.Solution, second.Solution);
        Assert.Equal(first.Parts.Select(p => p.Answer), second.Parts.Select(p => p.Answer));
    }

    [Theory]
    [MemberData(nameof(KindsAndSeeds))]
    public void Russian_and_English_instances_ask_for_the_same_numbers(string kind, int seed)
    {
        var en = Make(kind, seed, "en");
        var ru = Make(kind, seed, "ru");
        Assert.Equal(en.Parts.Select(p => p.Answer), ru.Parts.Select(p => p.Answer));
        Assert.Equal(en.Solution.Count, ru.Solution.Count);
        Assert.Contains(ru.Statement, c => c is >= 'А' and <= 'я');
        Assert.DoesNotContain(en.Statement, c => c is >= 'А' and <= 'я');
        Assert.All(ru.Parts, p => Assert.False(string.IsNullOrWhiteSpace(p.Prompt)));
    }

    [Theory]
    [MemberData(nameof(KindsAndSeeds))]
    public void The_worked_solution_ends_at_the_expected_answer_of_every_part(string kind, int seed)
    {
        var instance = Make(kind, seed);
        Assert.NotEmpty(instance.Parts);
        foreach (var part in instance.Parts)
        {
            var final = instance.Solution.Last(s => s.PartLabel == part.Label && s.Result is not null).Result!.Value;
            Assert.True((final - part.Answer.Value).Abs() <= part.Answer.Tolerance, $"{kind}/{seed} part {part.Label}: {final} vs {part.Answer.Value}");
        }
    }

    [Theory]
    [MemberData(nameof(KindsAndSeeds))]
    public void The_checker_accepts_the_right_answers_written_as_fraction_or_russian_decimal(string kind, int seed)
    {
        var instance = Make(kind, seed, "ru");
        var asFractions = instance.Parts.ToDictionary(p => p.Label, p => Written(p.Answer, CultureInfo.InvariantCulture));
        var asRussian = instance.Parts.ToDictionary(p => p.Label, p => Written(p.Answer, CultureInfo.GetCultureInfo("ru-RU")));
        Assert.True(AnswerChecker.Check(instance, asFractions).AllCorrect);
        Assert.True(AnswerChecker.Check(instance, asRussian).AllCorrect);
    }

    [Theory]
    [MemberData(nameof(KindsAndSeeds))]
    public void The_checker_rejects_a_wrong_answer_and_points_to_a_step(string kind, int seed)
    {
        var instance = Make(kind, seed);
        var wrong = instance.Parts.ToDictionary(p => p.Label, p => (p.Answer.Value + 1 + (p.Answer.Tolerance * 10)).ToString());
        var result = AnswerChecker.Check(instance, wrong);
        Assert.All(result.Parts, p =>
        {
            Assert.False(p.Correct);
            Assert.NotNull(p.FirstDivergentStep);
            Assert.InRange(p.FirstDivergentStep!.Value, 0, instance.Solution.Count - 1);
        });
    }

    [Fact]
    public void Different_seeds_give_different_instances()
    {
        foreach (var generator in ProblemCatalog.All)
        {
            var statements = Seeds.Select(s => generator.Generate(s, "en").Statement).Distinct().Count();
            Assert.True(statements >= 3, generator.Kind);
        }
    }

    [Fact]
    public void The_roc_problem_draws_its_curve_as_svg()
    {
        var svg = Make("roc-auc", 7).Svg;
        Assert.NotNull(svg);
        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("<polyline", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void The_log_loss_problem_draws_its_calibration_curve_as_svg()
    {
        var instance = Make("log-loss", 7);
        Assert.NotNull(instance.Svg);
        Assert.StartsWith("<svg", instance.Svg, StringComparison.Ordinal);
        Assert.Contains("<polyline", instance.Svg, StringComparison.Ordinal);
        Assert.Contains("Calibration curve", instance.Svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", instance.Svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_kind_names_a_topic_of_the_taxonomy()
    {
        foreach (var generator in ProblemCatalog.All)
        {
            Assert.NotNull(Sobes.Core.Library.Taxonomy.Find(generator.Topic));
        }
    }

    [Fact]
    public void An_unknown_language_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Make("card-hand", 1, "de"));

    private static string Written(ExpectedAnswer answer, CultureInfo culture) =>
        answer.IsExact ? answer.Value.ToString() : answer.Value.ToDouble().ToString("0.########", culture);
}
