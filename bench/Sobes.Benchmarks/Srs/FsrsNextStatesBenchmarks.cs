using BenchmarkDotNet.Attributes;
using Sobes.Core.Srs;

namespace Sobes.Benchmarks.Srs;

/// <summary>FSRS-6 next-state computations over a batch of varied memory states (four states per computation).
/// Not sealed: BenchmarkDotNet derives from benchmark classes.</summary>
[MemoryDiagnoser]
public class FsrsNextStatesBenchmarks
{
    private const int BatchSize = 4096;
    private readonly MemoryState?[] memories = new MemoryState?[BatchSize];
    private readonly int[] elapsedDays = new int[BatchSize];
    private readonly CardSchedule[] cards = new CardSchedule[BatchSize];
    private readonly DateTimeOffset now = new(2026, 5, 20, 12, 0, 0, TimeSpan.Zero);

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261124);
        for (var i = 0; i < BatchSize; i++)
        {
            memories[i] = i % 16 == 0 ? null : MemoryState.Of(0.1 + (random.NextDouble() * 400), 1 + (random.NextDouble() * 9));
            elapsedDays[i] = i % 8 == 0 ? 0 : random.Next(1, 500);
            cards[i] = memories[i] is null
                ? CardSchedule.New(now)
                : new CardSchedule { State = CardState.Review, Memory = memories[i], Reps = 5, LastReview = now.AddDays(-elapsedDays[i]), Due = now };
        }
    }

    [Benchmark(OperationsPerInvoke = BatchSize)]
    public double NextStates()
    {
        var parameters = FsrsParameters.Default;
        var sum = 0.0;
        for (var i = 0; i < BatchSize; i++)
        {
            sum += Fsrs.NextStates(parameters, memories[i], elapsedDays[i], Retention.Default).Good.Interval;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = BatchSize)]
    public int CardPreview()
    {
        var settings = SchedulingSettings.Default;
        var sum = 0;
        for (var i = 0; i < BatchSize; i++)
        {
            sum += CardScheduler.Preview(i, cards[i], now, settings).Good.Next.ScheduledDays;
        }

        return sum;
    }
}
