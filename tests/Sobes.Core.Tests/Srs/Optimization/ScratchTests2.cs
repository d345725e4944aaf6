using Sobes.Core.Srs;
using Sobes.Core.Srs.Optimization;
using Xunit.Abstractions;

namespace Sobes.Core.Tests.Srs.Optimization;

public sealed class ScratchTests2(ITestOutputHelper output)
{
    [Fact]
    public void Hypotheses()
    {
        var items = RevlogSample.Items;
        var d = FsrsParameters.Default;
        var r = FsrsParameters.Create(RevlogSample.ReferenceParameters);
        void Show(string name, IReadOnlyList<FsrsItem> set) =>
            output.WriteLine($"{name} n={set.Count} def={FsrsEvaluator.Evaluate(d, set)} ref={FsrsEvaluator.Evaluate(r, set)}");
        Show("time", items);
        var f = OutlierFilter.Apply(items);
        Show("binding", f.Initialization.Concat(f.Training.Where(i => i.LongTermReviewCount != 1)).ToList());
        Show("bylen", items.OrderBy(i => i.Reviews.Length).ToList());
        Show("reverse", items.Reverse().ToList());
        Show("lt2", items.Where(i => i.LongTermReviewCount >= 2).ToList());
        Show("filtered-bylen", OutlierFilter.Apply(items).Training.OrderBy(i => i.Reviews.Length).ToList());
        var d5 = FsrsParameters.Create(d.Values.Take(20).Append(0.5));
        output.WriteLine($"decay0.5 {FsrsEvaluator.Evaluate(d5, items)}");
    }
}
