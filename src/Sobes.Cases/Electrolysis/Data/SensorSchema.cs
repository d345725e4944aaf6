namespace Sobes.Cases.Electrolysis.Data;

/// <summary>The columns of the 3-minute sensor file, named as the take-home case names them.</summary>
public static class SensorSchema
{
    public const string Timestamp = "timestamp";
    public const string Noise = "Шум";
    public const string BackEmf = "Обратная ЭДС";
    public const string VoltageIncrease = "Ср.прир.напр";
    public const string Doses = "Сум.доз АПГ";
    public const int BoardsPerSide = 8;
    public const int EndSensors = 6;

    public const int NoiseIndex = 0;
    public const int BackEmfIndex = 1;
    public const int VoltageIncreaseIndex = 2;
    public const int DosesIndex = 3;
    public const int FirstBoardIndex = 4;
    public const int FirstFaceIndex = FirstBoardIndex + (2 * BoardsPerSide);
    public const int FirstDeafIndex = FirstFaceIndex + EndSensors;
    public const int FirstTemperatureIndex = FirstBoardIndex;

    /// <summary>Sensor columns in file order (the timestamp column comes first and is not listed).</summary>
    public static IReadOnlyList<string> Columns { get; } = BuildColumns();

    public static int TemperatureCount => Columns.Count - FirstTemperatureIndex;

    /// <summary>Board Temp. 1–8 run along one long side, 9–16 along the other.</summary>
    private static string[] BuildColumns()
    {
        var columns = new List<string> { Noise, BackEmf, VoltageIncrease, Doses };
        for (var i = 1; i <= 2 * BoardsPerSide; i++)
        {
            columns.Add($"Board Temp. {i}");
        }

        for (var i = 1; i <= EndSensors; i++)
        {
            columns.Add($"Board Face Temp. {i}");
        }

        for (var i = 1; i <= EndSensors; i++)
        {
            columns.Add($"Board Deaf Temp. {i}");
        }

        return [.. columns];
    }
}
