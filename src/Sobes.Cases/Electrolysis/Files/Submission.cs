using Sobes.Cases.Electrolysis.Data;
using Sobes.Cases.Electrolysis.Generation;
using Sobes.Cases.Electrolysis.Modelling;

namespace Sobes.Cases.Electrolysis.Files;

/// <summary>A learner's submission: a prediction for each scored timestamp, optionally with a 90 % interval.</summary>
public sealed record Submission(IReadOnlyList<AluminaPrediction> Rows, bool HasIntervals)
{
    public const string PredictionColumn = "prediction";

    public static ReadResult<Submission> Read(string name, TextReader reader)
    {
        var errors = new List<SchemaError>();
        var (rows, columns) = CaseCsv.Read(name, reader, [SensorSchema.Timestamp, PredictionColumn], ["lower", "upper"], errors);
        var intervals = columns.ContainsKey("lower") && columns.ContainsKey("upper");
        var result = new List<AluminaPrediction>();
        foreach (var (row, fields) in rows)
        {
            if (!CaseCsv.TryTime(fields[columns[SensorSchema.Timestamp]], out var time))
            {
                CaseCsv.Add(errors, new SchemaError(name, row, SensorSchema.Timestamp, $"'{fields[columns[SensorSchema.Timestamp]]}' is not a timestamp"));
                continue;
            }

            var values = new double[3];
            var names = intervals ? new[] { PredictionColumn, "lower", "upper" } : [PredictionColumn];
            var ok = true;
            for (var k = 0; k < names.Length; k++)
            {
                var text = fields[columns[names[k]]];
                if (!CaseCsv.TryNumber(text, out values[k]) || !double.IsFinite(values[k]))
                {
                    CaseCsv.Add(errors, new SchemaError(name, row, names[k], $"'{text}' is not a number"));
                    ok = false;
                }
            }

            if (ok && intervals && values[1] > values[2])
            {
                CaseCsv.Add(errors, new SchemaError(name, row, "lower", "lower is above upper"));
            }

            result.Add(new AluminaPrediction(time, values[0], intervals ? values[1] : double.NaN, intervals ? values[2] : double.NaN));
        }

        return errors.Count > 0 ? new(null, errors) : new(new Submission(result, intervals), errors);
    }

    /// <summary>Scores against the hidden lab values; every scored timestamp needs a row.</summary>
    public ReadResult<RegressionScore> Score(string name, IReadOnlyList<ScoredSample> scored)
    {
        ArgumentNullException.ThrowIfNull(scored);
        var byTime = new Dictionary<DateTime, AluminaPrediction>();
        foreach (var row in Rows)
        {
            byTime.TryAdd(row.Time, row);
        }

        var errors = new List<SchemaError>();
        foreach (var missing in scored.Where(s => !byTime.ContainsKey(TruncateToMinute(s.Time))).Take(20))
        {
            errors.Add(new SchemaError(name, 0, SensorSchema.Timestamp, $"no prediction for {CaseCsv.Time(missing.Time)} (see submission_template.csv)"));
        }

        if (errors.Count > 0)
        {
            return new(null, errors);
        }

        var matched = scored.Select(s => byTime[TruncateToMinute(s.Time)]).ToList();
        return new(RegressionScore.Compute("submission", [.. scored.Select(s => s.Lab)], [.. matched.Select(m => m.Percentage)],
            HasIntervals ? [.. matched.Select(m => (m.Lower, m.Upper))] : null), errors);
    }

    private static DateTime TruncateToMinute(DateTime time) => new(time.Ticks - (time.Ticks % TimeSpan.TicksPerMinute), time.Kind);
}
