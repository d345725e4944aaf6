using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Sobes.Data.Search;

namespace Sobes.Benchmarks.Search;

/// <summary>Indexing 100,000 synthetic posts into an in-memory index in one upsert (one commit).</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 2)]
public class SearchIndexBuildBenchmarks
{
    private IReadOnlyList<SearchDocument> docs = [];

    [GlobalSetup]
    public void Setup() => docs = SearchCorpus.Generate(100_000);

    [Benchmark]
    public int Index_100k_documents()
    {
        using var index = SearchIndex.InMemory();
        index.Upsert(docs);
        return index.Count;
    }
}
