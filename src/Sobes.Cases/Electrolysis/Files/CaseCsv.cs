using System.Globalization;

namespace Sobes.Cases.Electrolysis.Files;

/// <summary>A problem in an input file, naming the file, the row (1-based, the header is row 1) and the column.</summary>
public sealed record SchemaError(string File, int Row, string Column, string Message)
{
    public override string ToString() => $"{File}: row {Row}, column '{Column}': {Message}";
}

/// <summary>A file read into a value, or the schema errors that stopped it.</summary>
public sealed record ReadResult<T>(T? Value, IReadOnlyList<SchemaError> Errors)
    where T : class
{
    public bool Ok => Value is not null && Errors.Count == 0;
}

/// <summary>Comma-separated files as the case ships them: invariant numbers, ISO-like timestamps, empty fields for gaps.</summary>
internal static class CaseCsv
{
    public const string TimeFormat = "yyyy-MM-dd HH:mm:ss";
    private const int MaxErrors = 20;

    public static string Time(DateTime time) => time.ToString(TimeFormat, CultureInfo.InvariantCulture);

    public static string Number(double value) => double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : "";

    public static bool TryTime(string text, out DateTime time) =>
        DateTime.TryParseExact(text.Trim(), [TimeFormat, "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    public static bool TryNumber(string text, out double value)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            value = double.NaN;
            return true;
        }

        return double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Reads rows, checking the header names the required columns; returns the column index of each.</summary>
    public static (List<(int Row, string[] Fields)> Rows, Dictionary<string, int> Columns) Read(string name, TextReader reader, IReadOnlyList<string> required, IReadOnlyList<string> optional, List<SchemaError> errors)
    {
        var rows = new List<(int, string[])>();
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var header = reader.ReadLine();
        if (header is null)
        {
            errors.Add(new SchemaError(name, 1, "", "the file is empty: expected a header row"));
            return (rows, columns);
        }

        var names = header.TrimStart('\uFEFF').Split(',').Select(h => h.Trim().Trim('"')).ToArray();
        for (var i = 0; i < names.Length; i++)
        {
            columns.TryAdd(names[i], i);
        }

        foreach (var column in required.Where(c => !columns.ContainsKey(c)))
        {
            errors.Add(new SchemaError(name, 1, column, "required column is missing from the header"));
        }

        // Without its required columns no row can be read: say so once instead of failing on the first row.
        if (required.Any(c => !columns.ContainsKey(c)))
        {
            return (rows, columns);
        }

        var number = 1;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var fields = line.Split(',');
            if (fields.Length != names.Length)
            {
                Add(errors, new SchemaError(name, number, "", $"expected {names.Length} fields, found {fields.Length}"));
                continue;
            }

            rows.Add((number, fields));
        }

        _ = optional;
        return (rows, columns);
    }

    public static void Add(List<SchemaError> errors, SchemaError error)
    {
        if (errors.Count < MaxErrors)
        {
            errors.Add(error);
        }
    }
}
