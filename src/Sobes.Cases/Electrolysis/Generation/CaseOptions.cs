using Sobes.Cases.Electrolysis.Data;

namespace Sobes.Cases.Electrolysis.Generation;

/// <summary>What to generate: the seed, the training span that ends at the case's cut-off, and the hidden span after it.</summary>
public sealed record CaseOptions(long Seed, int TrainDays = 365, int HiddenDays = 60)
{
    /// <summary>The case's cut-off: data "up to 2018-10-18".</summary>
    public static readonly DateTime CutOff = new(2018, 10, 18, 0, 0, 0, DateTimeKind.Unspecified);

    public static readonly TimeSpan Step = TimeSpan.FromMinutes(3);

    public DateTime Start => CutOff.AddDays(-TrainDays);

    public DateTime End => CutOff.AddDays(HiddenDays);

    public int Steps => (int)((End - Start) / Step);
}

/// <summary>Something the generator did on purpose, so the report and the tests can check it was found.</summary>
public sealed record CaseEvent(DateTime Time, string Kind, string Description);

/// <summary>The lab samples of the hidden period that are scored: the value the lab reported and the true concentration.</summary>
public readonly record struct ScoredSample(DateTime Time, double Lab, double Truth);

/// <summary>A generated case: what the learner gets, and what stays hidden for scoring.</summary>
public sealed class GeneratedCase
{
    public required CaseOptions Options { get; init; }

    /// <summary>Sensor rows before the cut-off.</summary>
    public required SensorTable TrainSensors { get; init; }

    /// <summary>Sensor rows of the hidden period (given to the learner: the model needs its inputs).</summary>
    public required SensorTable HiddenSensors { get; init; }

    public required IReadOnlyList<DoseMass> DoseMasses { get; init; }

    /// <summary>target.csv: every lab result before the cut-off, traps included.</summary>
    public required IReadOnlyList<LabSample> TrainLabs { get; init; }

    /// <summary>The rarer samples of the hidden period the learner does see (the morning ones).</summary>
    public required IReadOnlyList<LabSample> HiddenVisibleLabs { get; init; }

    /// <summary>The evening samples of the hidden period: never written out, only scored against.</summary>
    public required IReadOnlyList<ScoredSample> Scored { get; init; }

    /// <summary>The true alumina concentration on the 3-minute grid from <see cref="CaseOptions.Start"/>.</summary>
    public required double[] TrueAlumina { get; init; }

    public required IReadOnlyList<CaseEvent> Events { get; init; }

    /// <summary>The lab's standard deviation (wt%).</summary>
    public required double LabNoise { get; init; }

    /// <summary>The MAE a perfect predictor of the true concentration scores against the scored lab values.</summary>
    public double NoiseFloorMae => Scored.Count == 0 ? 0 : Scored.Average(s => Math.Abs(s.Lab - s.Truth));
}
