using BenchmarkDotNet.Attributes;
using Sobes.Core.Library.Duplicates;

namespace Sobes.Benchmarks.Duplicates;

/// <summary>
/// Adds n synthetic posts (about 10 % near duplicates) to a fresh <see cref="NearDuplicateFinder"/>.
/// Near-linear scaling means the 100,000 case takes about ten times the 10,000 case.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(DuplicateBenchmarkConfig))]
public class NearDuplicateBenchmarks
{
    private string[] posts = [];

    [Params(10_000, 100_000)]
    public int Posts { get; set; }

    [GlobalSetup]
    public void Setup() => posts = SyntheticPosts.Generate(Posts, seed: 2026);

    [Benchmark]
    public int AddAll()
    {
        var finder = new NearDuplicateFinder();
        int matches = 0;
        for (int i = 0; i < posts.Length; i++)
        {
            matches += finder.Add(i, posts[i]) is null ? 0 : 1;
        }

        return matches;
    }
}
