using BenchmarkDotNet.Attributes;
using Sobes.Numerics.Intervals;

namespace Sobes.Benchmarks.Numerics;

/// <summary>AUC intervals on 10,000 scores: 2,000 bootstrap resamples (sorted once) against DeLong.</summary>
[MemoryDiagnoser]
public class AucIntervalBenchmarks
{
    private const int Count = 10_000;
    private bool[] _labels = [];
    private double[] _scores = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        _labels = new bool[Count];
        _scores = new double[Count];
        for (var i = 0; i < Count; i++)
        {
            _labels[i] = random.NextDouble() < 0.3;
            _scores[i] = random.NextDouble() + (_labels[i] ? 0.3 : 0);
        }
    }

    [Benchmark(Baseline = true)]
    public double Bootstrap_percentile_2000() => AucConfidence.Bootstrap(_labels, _scores, 2000, seed: 1).Lower;

    [Benchmark]
    public double Bootstrap_bca_2000() =>
        AucConfidence.Bootstrap(_labels, _scores, 2000, seed: 1, method: BootstrapMethod.BiasCorrectedAccelerated).Lower;

    [Benchmark]
    public double DeLong() => AucConfidence.DeLong(_labels, _scores).Lower;
}
