using BenchmarkDotNet.Attributes;
using Sobes.Data.Search;

namespace Sobes.Benchmarks.Search;

/// <summary>
/// Query latency over an in-memory index of 100,000 synthetic posts (first page of 20 hits with snippets).
/// The index is built once per process and shared by the cases.
/// </summary>
[MemoryDiagnoser]
public class SearchQueryBenchmarks
{
    private static readonly Lazy<SearchIndex> Shared = new(() =>
    {
        var index = SearchIndex.InMemory();
        index.Upsert(SearchCorpus.Generate(100_000));
        return index;
    });

    private readonly SearchFilter ensembles = new(null, ["ensembles"], null);
    private readonly SearchFilter quizzesFromTwoChannels = new(["quiz"], null, ["channel-1", "channel-2"]);

    [GlobalSetup]
    public void Setup() => _ = Shared.Value;

    [Benchmark]
    public int One_russian_word() => Shared.Value.Search(new SearchQuery("переобучение", null)).Total;

    [Benchmark]
    public int Two_english_words() => Shared.Value.Search(new SearchQuery("gradient boosting", null)).Total;

    [Benchmark]
    public int Five_mixed_words_with_filter() =>
        Shared.Value.Search(new SearchQuery("регуляризация модели overfitting validation metric", ensembles)).Total;

    [Benchmark]
    public int Filter_listing() => Shared.Value.Search(new SearchQuery("", quizzesFromTwoChannels)).Total;

    [Benchmark]
    public int Similar_items() => Shared.Value.Similar(4242).Count;
}
