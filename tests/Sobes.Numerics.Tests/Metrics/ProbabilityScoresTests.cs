using Sobes.Numerics.Metrics;

namespace Sobes.Numerics.Tests.Metrics;

public sealed class ProbabilityScoresTests
{
    [Fact]
    public void Log_loss_is_the_mean_negative_log_likelihood()
    {
        var expected = -(Math.Log(0.8) + Math.Log(0.9) + Math.Log(0.4)) / 3;
        Assert.Equal(expected, ProbabilityScores.LogLoss([true, false, true], [0.8, 0.1, 0.4]), 14);
    }

    [Fact]
    public void Log_loss_clips_certain_mistakes() =>
        Assert.Equal(-Math.Log(1e-15), ProbabilityScores.LogLoss([true], [0.0]), 10);

    [Fact]
    public void Brier_is_the_mean_squared_error_of_probabilities() =>
        Assert.Equal(((0.2 * 0.2) + (0.1 * 0.1) + (0.6 * 0.6)) / 3, ProbabilityScores.Brier([true, false, true], [0.8, 0.1, 0.4]), 15);

    [Fact]
    public void A_probability_outside_zero_one_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ProbabilityScores.Brier([true], [1.5]));
}
