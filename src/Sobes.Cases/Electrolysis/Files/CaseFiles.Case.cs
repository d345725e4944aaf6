using Sobes.Cases.Electrolysis.Data;
using Sobes.Cases.Electrolysis.Generation;

namespace Sobes.Cases.Electrolysis.Files;

public static partial class CaseFiles
{
    public const string LaterFolder = "later";
    public const string Template = "submission_template.csv";

    /// <summary>Writes the learner's folder: the year before the cut-off, the later period's sensors and morning labs, the template, the task.</summary>
    public static IReadOnlyList<string> WriteCase(GeneratedCase generated, string directory)
    {
        ArgumentNullException.ThrowIfNull(generated);
        var later = Path.Combine(directory, LaterFolder);
        Directory.CreateDirectory(later);
        var cut = CaseOptions.CutOff;
        WriteSensors(Path.Combine(directory, Sensors), generated.TrainSensors);
        WriteDoseMasses(Path.Combine(directory, DoseMasses), generated.DoseMasses.Where(m => m.Time < cut));
        WriteLabs(Path.Combine(directory, Target), generated.TrainLabs);
        WriteSensors(Path.Combine(later, Sensors), generated.HiddenSensors);
        WriteDoseMasses(Path.Combine(later, DoseMasses), generated.DoseMasses.Where(m => m.Time >= cut));
        WriteLabs(Path.Combine(later, Target), generated.HiddenVisibleLabs);
        File.WriteAllLines(Path.Combine(directory, Template),
            [$"{SensorSchema.Timestamp},prediction,lower,upper", .. generated.Scored.Select(s => $"{CaseCsv.Time(s.Time)},,,")]);
        File.WriteAllText(Path.Combine(directory, "TASK.ru.md"), CaseTask.Russian(generated.Options));
        File.WriteAllText(Path.Combine(directory, "TASK.en.md"), CaseTask.English(generated.Options));
        return [Sensors, DoseMasses, Target, $"{LaterFolder}/{Sensors}", $"{LaterFolder}/{DoseMasses}", $"{LaterFolder}/{Target}", Template, "TASK.ru.md", "TASK.en.md"];
    }
}
