using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Sobes.Cases.Electrolysis.Generation;
using Sobes.Cases.Electrolysis.Modelling;

namespace Sobes.Benchmarks.Cases;

/// <summary>
/// The electrolysis case: generating the year plus the hidden period (target under 10 s), and the reference
/// pipeline end to end — features, rolling-origin validation, final fit, hidden predictions (target under 60 s).
/// One iteration each: these are seconds-long runs.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1)]
public class ElectrolysisCaseBenchmarks
{
    private GeneratedCase _case = null!;

    [GlobalSetup]
    public void Setup() => _case = ElectrolysisGenerator.Generate(new CaseOptions(1));

    [Benchmark]
    public int Generate_a_year() => ElectrolysisGenerator.Generate(new CaseOptions(1)).TrainSensors.Count;

    [Benchmark]
    public double Reference_pipeline() => ReferencePipeline.Run(CaseInputs.From(_case), [.. _case.Scored.Select(s => s.Time)]).HalfWidth;

    [Benchmark]
    public double Reference_and_wrong_pipeline() => CaseEvaluation.Evaluate(_case).Reference.Mae;
}
