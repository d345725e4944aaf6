using Sobes.Core.Srs;

namespace Sobes.Core.Tests.Srs;

public sealed class FsrsConformanceTests
{
    [Fact]
    public void Every_reference_review_is_reproduced_within_relative_1e_4()
    {
        var cases = SchedulerCases.Reference();
        var mismatches = new List<string>();
        var reviews = 0;
        for (var c = 0; c < cases.Count; c++)
        {
            var parameters = FsrsParameters.Create(cases[c].Parameters);
            MemoryState? memory = null;
            for (var i = 0; i < cases[c].Reviews.Count; i++)
            {
                var expected = cases[c].Reviews[i];
                var next = Fsrs.NextStates(parameters, memory, expected.DeltaT, Retention.Default)[new Rating(expected.Rating)];
                memory = next.Memory;
                reviews++;
                if (!SchedulerCases.Close(expected.Stability, next.Memory.Stability.Days)
                    || !SchedulerCases.Close(expected.Difficulty, next.Memory.Difficulty.Value)
                    || !SchedulerCases.Close(expected.Interval, next.Interval))
                {
                    mismatches.Add($"case {c} review {i} (rating {expected.Rating}, delta_t {expected.DeltaT}): "
                        + $"expected S={expected.Stability} D={expected.Difficulty} I={expected.Interval}, "
                        + $"got S={next.Memory.Stability.Days} D={next.Memory.Difficulty.Value} I={next.Interval}");
                }
            }
        }

        Assert.Equal(60, cases.Count);
        Assert.Equal(392, reviews);
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }
}
