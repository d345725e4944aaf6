using Sobes.Cases.Electrolysis.Data;
using Sobes.Cases.Electrolysis.Generation;

namespace Sobes.Cases.Electrolysis.Modelling;

/// <summary>What a learner (or a plant) has: the sensor rows, the dose masses and the lab results, train and later.</summary>
public sealed record CaseInputs(SensorTable TrainSensors, IReadOnlyList<DoseMass> DoseMasses, IReadOnlyList<LabSample> TrainLabs, SensorTable LaterSensors, IReadOnlyList<LabSample> LaterLabs)
{
    public static CaseInputs From(GeneratedCase generated)
    {
        ArgumentNullException.ThrowIfNull(generated);
        return new(generated.TrainSensors, generated.DoseMasses, generated.TrainLabs, generated.HiddenSensors, generated.HiddenVisibleLabs);
    }

    internal SensorTable AllSensors => SensorTable.Concat(TrainSensors, LaterSensors);

    internal DateTime CutOff => LaterSensors.Count > 0 ? LaterSensors.Times[0] : TrainSensors.Times[^1].AddMinutes(3);
}
