using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Sobes.Core.Srs;
using Sobes.Core.Srs.Optimization;

namespace Sobes.Cli.Commands;

/// <summary>
/// `sobes srs fit FILE [--json] [--day-start HH:MM]`: fits FSRS-6 parameters to a review log in fsrs-rs's CSV format and
/// prints JSON (always): items, fit_ms, params, and the log loss and RMSE(bins) of the result and of the defaults.
/// Other tools read this shape: keys are only ever added.
/// </summary>
internal static class SrsFitCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "A review log: card_id,review_time,review_rating,review_state,review_duration." };
        var json = CliContext.JsonOption();
        json.Description = "Print JSON (the only output format; accepted for symmetry with other commands).";
        var dayStart = new Option<string>("--day-start") { Description = "When a learner-day starts, HH:MM UTC (default 04:00).", DefaultValueFactory = _ => "04:00" };
        var fit = new Command("fit", "Fit FSRS-6 parameters to a review log and print them with their log loss and RMSE(bins) (JSON).") { file, json, dayStart };
        fit.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var start = ParseDayStart(parse.GetValue(dayStart)!);
            var items = FsrsItems.FromReviewLog(ReadLog(path), start);
            var watch = Stopwatch.StartNew();
            var result = FsrsOptimizer.Fit(items, FsrsParameters.Default);
            watch.Stop();
            if (result.Current is not { } defaults)
            {
                throw new CliException($"{path}: too few reviews to fit or evaluate parameters ({items.Count} training items).", 1);
            }

            var evaluation = result.Improved ? result.Fitted! : defaults;
            context.WriteLine(Json(items.Count, watch.Elapsed.TotalMilliseconds, result, evaluation, defaults));
            return 0;
        });
        return fit;
    }

    internal static IReadOnlyList<ReviewLogRow> ReadLog(string path)
    {
        ReviewLogReadResult log;
        try
        {
            using var reader = new StreamReader(path);
            log = ReviewLogCsv.Read(reader, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: {e.Message}", 2);
        }

        return log.Error is { } error ? throw new CliException(error, 1) : log.Entries;
    }

    private static TimeSpan ParseDayStart(string text) =>
        TimeSpan.TryParseExact(text, @"hh\:mm", CultureInfo.InvariantCulture, out var value) && value < TimeSpan.FromDays(1)
            ? value
            : throw new CliException($"--day-start '{text}' is not a time of day HH:MM (00:00–23:59).", 2);

    private static string Json(int items, double fitMs, FsrsFit result, FsrsEvaluation evaluation, FsrsEvaluation defaults)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("items", items);
            writer.WriteNumber("fit_ms", Math.Round(fitMs, 1));
            writer.WriteStartArray("params");
            foreach (var value in result.Parameters.Values)
            {
                writer.WriteNumberValue(value);
            }

            writer.WriteEndArray();
            writer.WriteNumber("log_loss", evaluation.LogLoss);
            writer.WriteNumber("rmse_bins", evaluation.RmseBins);
            writer.WriteNumber("default_log_loss", defaults.LogLoss);
            writer.WriteNumber("default_rmse_bins", defaults.RmseBins);
            writer.WriteBoolean("improved", result.Improved);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
