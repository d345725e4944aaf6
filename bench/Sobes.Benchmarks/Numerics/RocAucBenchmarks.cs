using BenchmarkDotNet.Attributes;
using Sobes.Numerics.Curves;

namespace Sobes.Benchmarks.Numerics;

/// <summary>ROC AUC of a million scores against the floor it cannot beat: one sort of the same scores.</summary>
[MemoryDiagnoser]
public class RocAucBenchmarks
{
    private const int Count = 1_000_000;
    private bool[] _labels = [];
    private double[] _scores = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _labels = new bool[Count];
        _scores = new double[Count];
        for (var i = 0; i < Count; i++)
        {
            _labels[i] = random.NextDouble() < 0.3;
            _scores[i] = random.NextDouble() + (_labels[i] ? 0.3 : 0);
        }
    }

    [Benchmark(Baseline = true)]
    public double Array_sort_of_a_copy()
    {
        var copy = (double[])_scores.Clone();
        Array.Sort(copy);
        return copy[0];
    }

    [Benchmark]
    public double Roc_auc() => RocAuc.Compute(_labels, _scores);

    [Benchmark]
    public int Full_roc_curve() => RocCurve.Compute(_labels, _scores).Thresholds.Count;
}
