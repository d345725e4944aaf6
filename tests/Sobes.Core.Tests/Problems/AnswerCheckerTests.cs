using Sobes.Core.Problems;
using Sobes.Numerics.Exact;

namespace Sobes.Core.Tests.Problems;

public sealed class AnswerCheckerTests
{
    private static ProblemInstance Instance(ExpectedAnswer answer, params KnownMistake[] mistakes) => new(
        "test", 1, "en", "Find x.",
        [new ProblemPart("a", "x", answer, mistakes)],
        [new SolutionStep("Set up."), new SolutionStep("Compute x.", "a", answer.Value)]);

    private static PartResult CheckOne(ProblemInstance instance, string answer) =>
        AnswerChecker.Check(instance, new Dictionary<string, string> { ["a"] = answer }).Parts[0];

    [Theory]
    [InlineData("3/8")]
    [InlineData("0.375")]
    [InlineData("37.5%")]
    [InlineData("0,375")]
    [InlineData("6/16")]
    public void Three_eighths_is_accepted_in_every_notation(string answer) =>
        Assert.True(CheckOne(Instance(ExpectedAnswer.Exact(new Rational(3, 8))), answer).Correct);

    [Theory]
    [InlineData("0.167", true)]
    [InlineData("0,1667", true)]
    [InlineData("16.7%", true)]
    [InlineData("0.17", false)]
    [InlineData("0.166", false)]
    public void An_exact_answer_takes_a_correctly_rounded_decimal_of_three_digits(string answer, bool accepted) =>
        Assert.Equal(accepted, CheckOne(Instance(ExpectedAnswer.Exact(new Rational(1, 6))), answer).Correct);

    [Theory]
    [InlineData("0.512", true)]
    [InlineData("0.5", false)]
    public void A_decimal_answer_is_accepted_within_its_tolerance(string answer, bool accepted) =>
        Assert.Equal(accepted, CheckOne(Instance(ExpectedAnswer.Approximate(0.5123, 0.001)), answer).Correct);

    [Fact]
    public void A_known_mistake_names_its_step_and_what_went_wrong()
    {
        var instance = Instance(ExpectedAnswer.Exact(new Rational(1, 6)), new KnownMistake(new Rational(99, 100), 0, "Conditionals swapped."));
        var result = CheckOne(instance, "0.99");
        Assert.False(result.Correct);
        Assert.Equal(0, result.FirstDivergentStep);
        Assert.Equal("Conditionals swapped.", result.Hint);
    }

    [Fact]
    public void Another_wrong_answer_points_to_the_first_step_of_its_part()
    {
        var result = CheckOne(Instance(ExpectedAnswer.Exact(new Rational(1, 6))), "1/7");
        Assert.Equal(1, result.FirstDivergentStep);
        Assert.Null(result.Hint);
        Assert.Equal(new Rational(1, 7), result.Parsed);
    }

    [Fact]
    public void A_missing_or_unreadable_answer_is_wrong_without_a_value()
    {
        var instance = Instance(ExpectedAnswer.Exact(Rational.One));
        var result = AnswerChecker.Check(instance, new Dictionary<string, string>());
        Assert.False(result.AllCorrect);
        Assert.Null(result.Parts[0].Parsed);
        Assert.Null(CheckOne(instance, "about one").Parsed);
    }

    [Theory]
    [InlineData("да", true)]
    [InlineData("Yes", true)]
    [InlineData("нет", false)]
    [InlineData("no", false)]
    public void Yes_and_no_are_read_in_both_languages(string answer, bool yes) =>
        Assert.True(CheckOne(Instance(ExpectedAnswer.YesNo(yes)), answer).Correct);
}
