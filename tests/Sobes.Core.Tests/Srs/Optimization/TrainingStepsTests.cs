using Sobes.Core.Srs;
using Sobes.Core.Srs.Optimization;

namespace Sobes.Core.Tests.Srs.Optimization;

public sealed class TrainingStepsTests
{
    [Fact]
    public void The_clamps_pull_every_parameter_into_its_range_and_keep_w19_above_a_hundredth_while_training_short_term()
    {
        var low = Enumerable.Repeat(-100.0, FsrsParameters.Count).ToArray();
        var high = Enumerable.Repeat(100.0, FsrsParameters.Count).ToArray();
        var frozen = Enumerable.Repeat(-100.0, FsrsParameters.Count).ToArray();

        TrainingClamps.Apply(low, enableShortTerm: true);
        TrainingClamps.Apply(high, enableShortTerm: true);
        TrainingClamps.Apply(frozen, enableShortTerm: false);

        for (var i = 0; i < FsrsParameters.Count; i++)
        {
            var (min, max) = FsrsParameters.RangeOf(i);
            Assert.Equal(i == 19 ? 0.01 : min, low[i]);
            Assert.Equal(max, high[i]);
            Assert.Equal(min, frozen[i]);
        }
    }

    [Fact]
    public void The_learning_rate_follows_a_half_cosine_from_its_start_to_zero()
    {
        var schedule = new CosineAnnealing(10, 0.04);
        var rates = Enumerable.Range(0, 11).Select(_ => schedule.Next()).ToArray();

        for (var t = 0; t <= 10; t++)
        {
            Assert.Equal(0.02 * (1 + Math.Cos(Math.PI * t / 10)), rates[t], 1e-12);
        }
    }

    [Fact]
    public void Adam_moves_each_parameter_by_the_learning_rate_on_its_first_step()
    {
        var w = new double[FsrsParameters.Count];
        var gradient = Enumerable.Range(0, FsrsParameters.Count).Select(i => i % 2 == 0 ? 3.0 : -0.5).ToArray();

        new Adam().Step(w, gradient, 0.04);

        Assert.All(w.Select((v, i) => (v, i)), x => Assert.Equal(x.i % 2 == 0 ? -0.04 : 0.04, x.v, 1e-9));
    }

    [Fact]
    public void The_seeded_shuffle_is_a_fixed_permutation()
    {
        int[] first = [.. Enumerable.Range(0, 20)];
        int[] second = [.. Enumerable.Range(0, 20)];

        new SplitMix64(2023).Shuffle(first);
        new SplitMix64(2023).Shuffle(second);

        Assert.Equal(first, second);
        Assert.Equal(Enumerable.Range(0, 20), first.Order());
        Assert.NotEqual(Enumerable.Range(0, 20), first);
    }
}
