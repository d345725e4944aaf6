using System.Text;
using Sobes.Cases.Electrolysis.Data;

namespace Sobes.Cases.Electrolysis.Files;

/// <summary>The case's files: writing a generated case, and reading the same schema back (also from a real plant).</summary>
public static partial class CaseFiles
{
    public const string Sensors = "series_3min.csv";
    public const string DoseMasses = "avg_mass_apg.csv";
    public const string Target = "target.csv";
    public const string TargetColumn = "target";
    public const string MassColumn = "avg_mass_apg";

    public static void WriteSensors(string path, SensorTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.WriteLine(string.Join(',', [SensorSchema.Timestamp, .. SensorSchema.Columns]));
        var line = new StringBuilder();
        for (var i = 0; i < table.Count; i++)
        {
            line.Clear().Append(CaseCsv.Time(table.Times[i]));
            foreach (var column in table.Values)
            {
                line.Append(',').Append(CaseCsv.Number(column[i]));
            }

            writer.WriteLine(line);
        }
    }

    public static void WriteLabs(string path, IEnumerable<LabSample> labs) =>
        File.WriteAllLines(path, [$"{SensorSchema.Timestamp},{TargetColumn}", .. labs.Select(l => $"{CaseCsv.Time(l.Time)},{CaseCsv.Number(l.Value)}")]);

    public static void WriteDoseMasses(string path, IEnumerable<DoseMass> masses) =>
        File.WriteAllLines(path, [$"{SensorSchema.Timestamp},{MassColumn}", .. masses.Select(m => $"{CaseCsv.Time(m.Time)},{CaseCsv.Number(m.Kilograms)}")]);

    public static ReadResult<SensorTable> ReadSensors(string name, TextReader reader)
    {
        var errors = new List<SchemaError>();
        var (rows, columns) = CaseCsv.Read(name, reader, [SensorSchema.Timestamp, .. SensorSchema.Columns], [], errors);
        if (errors.Count > 0)
        {
            return new(null, errors);
        }

        var times = new List<DateTime>(rows.Count);
        var values = SensorSchema.Columns.Select(_ => new List<double>(rows.Count)).ToArray();
        foreach (var (row, fields) in rows)
        {
            if (!CaseCsv.TryTime(fields[columns[SensorSchema.Timestamp]], out var time))
            {
                CaseCsv.Add(errors, new SchemaError(name, row, SensorSchema.Timestamp, $"'{fields[columns[SensorSchema.Timestamp]]}' is not a timestamp ({CaseCsv.TimeFormat})"));
                continue;
            }

            if (times.Count > 0 && time <= times[^1])
            {
                CaseCsv.Add(errors, new SchemaError(name, row, SensorSchema.Timestamp, $"{CaseCsv.Time(time)} does not come after the previous row"));
                continue;
            }

            times.Add(time);
            for (var j = 0; j < SensorSchema.Columns.Count; j++)
            {
                var text = fields[columns[SensorSchema.Columns[j]]];
                if (!CaseCsv.TryNumber(text, out var v))
                {
                    CaseCsv.Add(errors, new SchemaError(name, row, SensorSchema.Columns[j], $"'{text}' is not a number"));
                }

                values[j].Add(v);
            }
        }

        return errors.Count > 0 ? new(null, errors) : new(new SensorTable([.. times], [.. values.Select(v => v.ToArray())]), errors);
    }

    public static ReadResult<List<LabSample>> ReadLabs(string name, TextReader reader) =>
        ReadPairs(name, reader, TargetColumn, (t, v) => new LabSample(t, v));

    public static ReadResult<List<DoseMass>> ReadDoseMasses(string name, TextReader reader) =>
        ReadPairs(name, reader, MassColumn, (t, v) => new DoseMass(t, v));

    private static ReadResult<List<T>> ReadPairs<T>(string name, TextReader reader, string valueColumn, Func<DateTime, double, T> make)
    {
        var errors = new List<SchemaError>();
        var (rows, columns) = CaseCsv.Read(name, reader, [SensorSchema.Timestamp, valueColumn], [], errors);
        var result = new List<T>();
        foreach (var (row, fields) in rows)
        {
            var timeText = fields[columns[SensorSchema.Timestamp]];
            var valueText = fields[columns[valueColumn]];
            if (!CaseCsv.TryTime(timeText, out var time))
            {
                CaseCsv.Add(errors, new SchemaError(name, row, SensorSchema.Timestamp, $"'{timeText}' is not a timestamp ({CaseCsv.TimeFormat})"));
            }
            else if (!CaseCsv.TryNumber(valueText, out var value) || !double.IsFinite(value))
            {
                CaseCsv.Add(errors, new SchemaError(name, row, valueColumn, $"'{valueText}' is not a number"));
            }
            else
            {
                result.Add(make(time, value));
            }
        }

        return errors.Count > 0 ? new(null, errors) : new(result, errors);
    }
}
