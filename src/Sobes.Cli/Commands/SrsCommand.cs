using System.CommandLine;
using System.Text.Json;
using Sobes.Core.Srs;

namespace Sobes.Cli.Commands;

/// <summary>`sobes srs`: `replay FILE` (the scheduler's values for review histories in the reference file's shape) and the optimizer's tools.</summary>
internal static class SrsCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "Review histories shaped like fsrs/scheduler-cases.json." };
        var replay = new Command("replay", "Replay review histories and print Sobes's stability, difficulty and interval after each review (same JSON shape).") { file };
        replay.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            string input;
            try
            {
                input = File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliException($"{path}: {e.Message}", 2);
            }

            try
            {
                context.WriteLine(SrsReplay.Replay(input));
            }
            catch (JsonException e)
            {
                throw new CliException($"{path}: {e.Message}", 1);
            }

            return 0;
        });
        return new Command("srs", "Spaced-repetition scheduler tools.") { replay, SrsFitCommand.Create(context), SrsSimulateCommand.Create(context), SrsOptimizeCommand.Create(context) };
    }
}
