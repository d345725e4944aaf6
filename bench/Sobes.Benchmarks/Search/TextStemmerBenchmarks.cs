using BenchmarkDotNet.Attributes;
using Sobes.Core.Text;

namespace Sobes.Benchmarks.Search;

/// <summary>Stemming one typical post (about 120 mixed Russian and English words), as the import pipeline does.</summary>
[MemoryDiagnoser]
public class TextStemmerBenchmarks
{
    private string post = "";

    [GlobalSetup]
    public void Setup() => post = SearchCorpus.Generate(1)[0].Text + " Переобучение модели и L2-regularization, k-means.";

    [Benchmark]
    public int Stems_of_a_post() => TextStemmer.Stems(post).Count;
}
