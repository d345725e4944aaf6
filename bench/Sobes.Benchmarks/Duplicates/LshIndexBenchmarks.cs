using BenchmarkDotNet.Attributes;
using Sobes.Core.Library.Duplicates;

namespace Sobes.Benchmarks.Duplicates;

/// <summary>Queries then adds n precomputed signatures to a fresh 32 × 4 <see cref="LshIndex"/>: the index alone, without shingling.</summary>
[MemoryDiagnoser]
[Config(typeof(DuplicateBenchmarkConfig))]
public class LshIndexBenchmarks
{
    private MinHashSignature[] signatures = [];

    [Params(10_000, 100_000)]
    public int Posts { get; set; }

    [GlobalSetup]
    public void Setup() =>
        signatures = [.. SyntheticPosts.Generate(Posts, seed: 2026).Select(p => MinHasher.Default.Compute(TextFingerprint.Create(p).Shingles))];

    [Benchmark]
    public int QueryThenAdd()
    {
        var index = new LshIndex();
        int candidates = 0;
        for (int i = 0; i < signatures.Length; i++)
        {
            candidates += index.Query(signatures[i]).Count;
            index.Add(i, signatures[i]);
        }

        return candidates;
    }
}
