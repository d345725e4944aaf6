using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sobes.Core.Srs;
using Sobes.Core.Srs.Simulation;
using Spectre.Console;

namespace Sobes.Cli.Commands;

/// <summary>
/// `sobes srs simulate [--json] [--params W…] [--retention R] [--new-per-day N] [--review-limit N] [--days N]`: the
/// simulated workload and knowledge for a desired retention, the same at 0.70–0.95, and the retention that minimises
/// study time per remembered card.
/// </summary>
internal static class SrsSimulateCommand
{
    private static readonly double[] ComparedRetentions = [0.70, 0.75, 0.80, 0.85, 0.90, 0.95];

    public static Command Create(CliContext context)
    {
        var json = CliContext.JsonOption();
        var parameters = new Option<string[]>("--params")
        {
            Description = "The 21 FSRS-6 parameters, separated by spaces or commas (default: FSRS-6's defaults).",
            AllowMultipleArgumentsPerToken = true,
        };
        var retention = NumberOptions.Number("--retention", "Desired retention, 0.70–0.99.", Retention.Default.Value);
        var newPerDay = NumberOptions.WholeNumber("--new-per-day", "New cards a day.", SimulationSettings.Default.NewCardsPerDay);
        var reviewLimit = NumberOptions.OptionalWholeNumber("--review-limit", "Reviews a day at most (default: no limit).");
        var days = NumberOptions.WholeNumber("--days", "Days to simulate.", SimulationSettings.Default.Days);
        var simulate = new Command("simulate", "Simulate workload and knowledge for a desired retention and find the retention with the least time per remembered card.")
        {
            json, parameters, retention, newPerDay, reviewLimit, days,
        };
        simulate.SetAction(parse =>
        {
            var settings = Settings(
                parse.GetValue(parameters),
                parse.GetValue(retention),
                parse.GetValue(newPerDay),
                parse.GetValue(reviewLimit),
                parse.GetValue(days));
            var result = Simulator.Run(settings);
            var compared = RetentionAdvisor.Compare(settings, ComparedRetentions);
            var optimal = RetentionAdvisor.OptimalRetention(settings);
            if (parse.GetValue(json))
            {
                context.WriteLine(Json(settings, result, compared, optimal));
            }
            else
            {
                Render(context.Console, settings, result, compared, optimal);
            }

            return 0;
        });
        return simulate;
    }

    private static SimulationSettings Settings(string[]? parameters, double retention, int newPerDay, int? reviewLimit, int days)
    {
        if (retention is < Retention.Min or > Retention.Max || !double.IsFinite(retention))
        {
            throw new CliException($"--retention {retention.ToString(CultureInfo.InvariantCulture)} is outside {Retention.Min}–{Retention.Max}.", 2);
        }

        if (newPerDay < 0 || reviewLimit < 0)
        {
            throw new CliException("--new-per-day and --review-limit cannot be negative.", 2);
        }

        if (days is < 1 or > 3650)
        {
            throw new CliException($"--days {days} is outside 1–3650.", 2);
        }

        return new SimulationSettings
        {
            Parameters = ParseParameters(parameters),
            DesiredRetention = new Retention(retention),
            NewCardsPerDay = newPerDay,
            ReviewLimit = reviewLimit ?? int.MaxValue,
            Days = days,
        };
    }

    private static FsrsParameters ParseParameters(string[]? tokens)
    {
        if (tokens is null || tokens.Length == 0)
        {
            return FsrsParameters.Default;
        }

        var values = new List<double>();
        foreach (var part in tokens.SelectMany(t => t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                throw new CliException($"--params: '{part}' is not a number.", 2);
            }

            values.Add(value);
        }

        try
        {
            return FsrsParameters.Create(values);
        }
        catch (ArgumentException e)
        {
            throw new CliException($"--params: {e.Message}", 2);
        }
    }

    private static void Render(IAnsiConsole console, SimulationSettings settings, SimulationResult result, IReadOnlyList<SimulationResult> compared, double optimal)
    {
        var inv = CultureInfo.InvariantCulture;
        console.MarkupLine(
            $"[bold]{result.Days.Count}[/] days at retention [bold]{settings.DesiredRetention.Value.ToString("0.00", inv)}[/], "
            + $"{settings.NewCardsPerDay} new cards a day, review limit {(settings.ReviewLimit == int.MaxValue ? "none" : settings.ReviewLimit.ToString(inv))}");
        console.MarkupLine(
            $"{result.MinutesPerDay.ToString("0.0", inv)} min a day · {result.TotalReviews} reviews · "
            + $"{result.Remembered.ToString("0", inv)} of {result.TotalNewCards} cards remembered at the end");
        var table = new Table().AddColumns("retention", "min/day", "reviews", "remembered", "s per remembered card");
        foreach (var r in compared)
        {
            table.AddRow(
                r.Retention.ToString("0.00", inv),
                r.MinutesPerDay.ToString("0.0", inv),
                r.TotalReviews.ToString(inv),
                r.Remembered.ToString("0", inv),
                r.SecondsPerRememberedCard.ToString("0.0", inv));
        }

        console.Write(table);
        console.MarkupLine($"least time per remembered card at retention [bold]{optimal.ToString("0.00", inv)}[/]");
    }

    private static string Json(SimulationSettings settings, SimulationResult result, IReadOnlyList<SimulationResult> compared, double optimal)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("params");
            foreach (var value in settings.Parameters.Values)
            {
                writer.WriteNumberValue(value);
            }

            writer.WriteEndArray();
            writer.WriteNumber("retention", settings.DesiredRetention.Value);
            writer.WriteNumber("new_per_day", settings.NewCardsPerDay);
            if (settings.ReviewLimit == int.MaxValue)
            {
                writer.WriteNull("review_limit");
            }
            else
            {
                writer.WriteNumber("review_limit", settings.ReviewLimit);
            }

            writer.WriteNumber("days", result.Days.Count);
            writer.WriteNumber("seed", settings.Seed);
            WriteTotals(writer, result);
            writer.WriteNumber("optimal_retention", optimal);
            writer.WriteStartArray("by_retention");
            foreach (var r in compared)
            {
                writer.WriteStartObject();
                writer.WriteNumber("retention", r.Retention);
                WriteTotals(writer, r);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("daily");
            foreach (var day in result.Days)
            {
                writer.WriteStartObject();
                writer.WriteNumber("day", day.Day);
                writer.WriteNumber("reviews", day.Reviews);
                writer.WriteNumber("new_cards", day.NewCards);
                writer.WriteNumber("minutes", Math.Round(day.Seconds / 60, 2));
                writer.WriteNumber("remembered", Math.Round(day.Remembered, 2));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteTotals(Utf8JsonWriter writer, SimulationResult result)
    {
        writer.WriteNumber("minutes_per_day", Math.Round(result.MinutesPerDay, 2));
        writer.WriteNumber("total_reviews", result.TotalReviews);
        writer.WriteNumber("total_new_cards", result.TotalNewCards);
        writer.WriteNumber("remembered", Math.Round(result.Remembered, 2));
        writer.WriteNumber("seconds_per_remembered_card", Math.Round(result.SecondsPerRememberedCard, 2));
    }
}
