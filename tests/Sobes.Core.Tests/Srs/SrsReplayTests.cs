using System.Text;
using System.Text.Json;
using Sobes.Core.Srs;

namespace Sobes.Core.Tests.Srs;

public sealed class SrsReplayTests
{
    private const string TwoCases = """
        {"source": "hand-written", "desired_retention": 0.9, "cases": [
          {"params": [0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
                      1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542],
           "reviews": [{"rating": 3, "delta_t": 0}, {"rating": 1, "delta_t": 5}]},
          {"params": [0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
                      1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542],
           "reviews": [{"rating": 4, "delta_t": 0}]}
        ]}
        """;

    [Fact]
    public void Replaying_the_reference_file_reproduces_it_within_tolerance()
    {
        var referenceJson = File.ReadAllText(ReferenceFiles.SchedulerCases);
        var expected = SchedulerCases.Parse(referenceJson);
        var actual = SchedulerCases.Parse(SrsReplay.Replay(referenceJson));

        Assert.Equal(expected.Count, actual.Count);
        for (var c = 0; c < expected.Count; c++)
        {
            Assert.Equal(expected[c].Parameters, actual[c].Parameters);
            Assert.Equal(expected[c].Reviews.Count, actual[c].Reviews.Count);
            foreach (var (e, a) in expected[c].Reviews.Zip(actual[c].Reviews))
            {
                Assert.Equal((e.Rating, e.DeltaT), (a.Rating, a.DeltaT));
                Assert.True(SchedulerCases.Close(e.Stability, a.Stability), $"case {c}: S {e.Stability} vs {a.Stability}");
                Assert.True(SchedulerCases.Close(e.Difficulty, a.Difficulty), $"case {c}: D {e.Difficulty} vs {a.Difficulty}");
                Assert.True(SchedulerCases.Close(e.Interval, a.Interval), $"case {c}: I {e.Interval} vs {a.Interval}");
            }
        }
    }

    [Fact]
    public void Replay_fills_in_the_memory_state_after_each_review()
    {
        var cases = SchedulerCases.Parse(SrsReplay.Replay(TwoCases));
        Assert.Equal([2, 1], cases.Select(c => c.Reviews.Count));
        Assert.Equal(2.3065, cases[0].Reviews[0].Stability, 12);
        Assert.True(cases[0].Reviews[1].Stability < 2.3065);
        Assert.Equal(8.2956, cases[1].Reviews[0].Interval, 12);
    }

    [Fact]
    public void Replay_keeps_the_desired_retention_of_the_input()
    {
        var json = TwoCases.Replace("\"desired_retention\": 0.9", "\"desired_retention\": 0.8", StringComparison.Ordinal);
        using var output = JsonDocument.Parse(SrsReplay.Replay(json));
        Assert.Equal(0.8, output.RootElement.GetProperty("desired_retention").GetDouble());
        var interval = output.RootElement.GetProperty("cases")[1].GetProperty("reviews")[0].GetProperty("interval").GetDouble();
        Assert.True(interval > 8.2956);
    }

    [Fact]
    public void Stream_replay_writes_what_string_replay_returns()
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(TwoCases));
        using var output = new MemoryStream();
        SrsReplay.Replay(input, output);
        Assert.Equal(SrsReplay.Replay(TwoCases), Encoding.UTF8.GetString(output.ToArray()));
    }

    [Fact]
    public void A_rating_outside_one_to_four_is_reported_with_its_case()
    {
        var json = TwoCases.Replace("\"rating\": 4", "\"rating\": 5", StringComparison.Ordinal);
        var error = Assert.ThrowsAny<JsonException>(() => SrsReplay.Replay(json));
        Assert.StartsWith("cases[1]:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_cases_is_rejected() =>
        Assert.ThrowsAny<JsonException>(() => SrsReplay.Replay("""{"desired_retention": 0.9}"""));
}
