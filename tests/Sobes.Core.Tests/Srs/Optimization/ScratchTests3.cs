using Sobes.Core.Srs;
using Sobes.Core.Srs.Optimization;
using Xunit.Abstractions;

namespace Sobes.Core.Tests.Srs.Optimization;

public sealed class ScratchTests3(ITestOutputHelper output)
{
    [Fact]
    public void Sweep()
    {
        var items = RevlogSample.Items;
        foreach (var epochs in new[] { 5, 10, 20 })
        {
            foreach (var seed in new ulong[] { 2023, 1, 2, 3, 4 })
            {
                var run = FsrsOptimizer.ComputeParameters(items, new OptimizerSettings { Epochs = epochs, Seed = seed });
                output.WriteLine($"epochs={epochs} seed={seed} {FsrsEvaluator.EvaluateFiltered(run.Parameters, items)}");
            }
        }
    }
}
