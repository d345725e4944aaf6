using Sobes.Cases.Electrolysis.Modelling;

namespace Sobes.Cases.Tests.Electrolysis;

/// <summary>The case's done-when criteria for the reference model, on the hidden period of seeds 1–5.</summary>
public sealed class ReferenceCriteriaTests(HiddenPeriodCases cases) : IClassFixture<HiddenPeriodCases>
{
    [Theory]
    [MemberData(nameof(YearCases.Seeds), MemberType = typeof(YearCases))]
    public void The_reference_beats_the_last_lab_value_by_a_quarter_and_the_linear_model(int seed)
    {
        var e = cases.Seed(seed);
        var reference = e.Reference.Mae;
        Assert.True(reference < 0.75 * e.Score("last lab value").Mae, $"reference {reference:F4} against last value {e.Score("last lab value").Mae:F4}");
        Assert.True(reference < e.Score("linear").Mae, $"reference {reference:F4} against linear {e.Score("linear").Mae:F4}");
    }

    [Theory]
    [MemberData(nameof(YearCases.Seeds), MemberType = typeof(YearCases))]
    public void The_reference_lies_within_two_and_a_half_noise_floors_and_its_interval_covers_85_to_95_percent(int seed)
    {
        var e = cases.Seed(seed);
        Assert.True(e.Reference.Mae < 2.5 * e.Case.NoiseFloorMae, $"reference {e.Reference.Mae:F4} against floor {e.Case.NoiseFloorMae:F4}");
        Assert.InRange(e.Reference.Coverage!.Value, 0.85, 0.95 + 1e-9);
    }

    [Theory]
    [MemberData(nameof(YearCases.Seeds), MemberType = typeof(YearCases))]
    public void In_rolling_origin_validation_the_reference_beats_the_linear_model(int seed)
    {
        var folds = cases.Seed(seed).Run.Folds;
        Assert.True(folds.Average(f => f.TreesMae) < folds.Average(f => f.LinearMae), $"reference {folds.Average(f => f.TreesMae):F4} against linear {folds.Average(f => f.LinearMae):F4}");
    }
}
