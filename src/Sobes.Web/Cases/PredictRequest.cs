using System.Globalization;
using System.Text;
using System.Text.Json;
using Sobes.Cases.Electrolysis.Data;
using Sobes.Cases.Electrolysis.Files;

namespace Sobes.Web.Cases;

/// <summary>
/// Recent sensor rows, each an object keyed by the columns of <c>series_3min.csv</c> (<c>timestamp</c>, "Шум",
/// "Обратная ЭДС", …; a missing or null reading is a gap), and optionally the lab results known so far
/// (<c>{timestamp, target}</c>).
/// </summary>
internal sealed record PredictRequest(IReadOnlyList<Dictionary<string, JsonElement>>? Rows, IReadOnlyList<Dictionary<string, JsonElement>>? Labs);

/// <summary>The prediction at the last row's time: the alumina percentage and its 90 % interval.</summary>
internal sealed record PredictionView(string Time, double Percentage, double Lower, double Upper, double Coverage, string Model);

/// <summary>
/// Reads the JSON rows through the case's own CSV reader, so a JSON row is checked by exactly the rules a file
/// is; errors come back keyed <c>rows[i].column</c> (i from 0).
/// </summary>
internal static class PredictRows
{
    public static (SensorTable? Sensors, List<LabSample>? Labs, Dictionary<string, string[]> Errors) Read(PredictRequest request)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request.Rows is not { Count: > 0 } rows)
        {
            errors["rows"] = ["give at least one sensor row (better: the last 12 hours and back to the last lab sample)"];
            return (null, null, errors);
        }

        var sensorColumns = new[] { SensorSchema.Timestamp }.Concat(SensorSchema.Columns).ToArray();
        var sensors = Parse("rows", rows, sensorColumns, errors, text => CaseFiles.ReadSensors("rows", text));
        var labs = Parse("labs", request.Labs ?? [], [SensorSchema.Timestamp, CaseFiles.TargetColumn], errors, text => CaseFiles.ReadLabs("labs", text));
        return errors.Count > 0 ? (null, null, errors) : (sensors, labs, errors);
    }

    private static T? Parse<T>(string name, IReadOnlyList<Dictionary<string, JsonElement>> rows, string[] columns, Dictionary<string, string[]> errors, Func<TextReader, ReadResult<T>> read)
        where T : class
    {
        var csv = new StringBuilder().AppendJoin(',', columns).Append('\n');
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i] ?? [];
            foreach (var unknown in row.Keys.Where(k => !columns.Contains(k, StringComparer.Ordinal)))
            {
                errors[$"{name}[{i}].{unknown}"] = [$"not a column of the case (expected: {string.Join(", ", columns)})"];
            }

            if (!row.ContainsKey(SensorSchema.Timestamp))
            {
                errors[$"{name}[{i}].{SensorSchema.Timestamp}"] = ["missing"];
            }

            csv.AppendJoin(',', columns.Select(c => Field(name, i, c, row, errors))).Append('\n');
        }

        if (errors.Count > 0)
        {
            return null;
        }

        using var reader = new StringReader(csv.ToString());
        var result = read(reader);
        foreach (var error in result.Errors)
        {
            // CSV row 1 is the header, so JSON row i is CSV row i + 2.
            errors[$"{name}[{error.Row - 2}].{error.Column}"] = [error.Message];
        }

        return result.Ok ? result.Value : null;
    }

    private static string Field(string name, int row, string column, Dictionary<string, JsonElement> values, Dictionary<string, string[]> errors)
    {
        if (!values.TryGetValue(column, out var value))
        {
            return "";
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return "";
            case JsonValueKind.Number:
                return value.GetRawText();
            case JsonValueKind.String when value.GetString() is { } text && text.IndexOfAny([',', '\n', '\r']) < 0:
                return text;
            default:
                errors[$"{name}[{row}].{column}"] = [$"expected {(column == SensorSchema.Timestamp ? "a timestamp string" : "a number or null")}, found {value.ValueKind.ToString().ToLowerInvariant()}"];
                return "";
        }
    }

    public static PredictionView View(Sobes.Cases.Electrolysis.Modelling.AluminaPrediction p) => new(
        p.Time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), p.Percentage, p.Lower, p.Upper,
        Sobes.Cases.Electrolysis.Modelling.ReferencePipeline.Coverage, $"reference (linear + boosted trees), trained on seed {ElectrolysisModel.Seed}");
}
