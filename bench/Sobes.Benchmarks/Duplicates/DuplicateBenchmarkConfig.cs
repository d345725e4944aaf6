using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Sobes.Benchmarks.Duplicates;

/// <summary>
/// One warm-up and three measured runs of a whole batch (each run takes seconds, so no pilot stage),
/// in process: on the shared two-core machine the generated out-of-process project did not build within
/// BenchmarkDotNet's two-minute limit.
/// </summary>
internal sealed class DuplicateBenchmarkConfig : ManualConfig
{
    public DuplicateBenchmarkConfig() =>
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(15), logOutput: true)));
}
