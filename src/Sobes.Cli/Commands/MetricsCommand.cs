using System.CommandLine;
using System.Text.Json;
using Sobes.Numerics.Metrics;

namespace Sobes.Cli.Commands;

/// <summary>`sobes metrics FILE`: reads metric cases (y_true, y_score, threshold) and prints the same shape with Sobes's values.</summary>
internal static class MetricsCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "A JSON file of metric cases, shaped like shared/reference/sklearn/metrics-cases.json." };
        var command = new Command("metrics", "Compute classification metrics for the cases in a file and print them as JSON.") { file };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new CliException($"{path}: no such file", 2);
            }

            try
            {
                context.WriteLine(MetricsReplay.Replay(await File.ReadAllTextAsync(path, ct)));
                return 0;
            }
            catch (JsonException e)
            {
                throw new CliException($"{path}:{(e.LineNumber is { } l ? l + 1 : 0)}: {e.Message}", 1);
            }
        });
        return command;
    }
}
