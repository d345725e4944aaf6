using System.CommandLine;
using Sobes.Cli.Practice;
using Sobes.Data.Practice;
using Spectre.Console;

namespace Sobes.Cli.Commands;

/// <summary>`sobes study`: today's due cards, then new ones, full-screen.</summary>
internal static class StudyCommand
{
    public static Command Create(CliContext context)
    {
        var topics = PracticeStart.TopicOption();
        var types = new Option<string[]>("--type") { Description = "Only these card types (repeatable): flashcard, multiple-choice, cloze, true-false, matching, problem, reading.", AllowMultipleArgumentsPerToken = true };
        var limit = PracticeStart.LimitOption(200);
        var more = NumberOptions.WholeNumber("--more", $"Study more today: up to this many new cards beyond the daily limit (at most {SessionFilter.MostExtraNew}).", 0);
        var command = new Command("study", "Study due and new cards: space reveals, 1–4 grade, u undo, f flag, q quit.") { topics, types, limit, more };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(more) is < 0 or > SessionFilter.MostExtraNew)
            {
                throw new CliException($"--more must be 0 to {SessionFilter.MostExtraNew}.", 2);
            }

            var filter = new SessionFilter(parse.GetValue(topics) ?? [], PracticeStart.ParseTypes(parse.GetValue(types)), parse.GetValue(limit)) { ExtraNew = parse.GetValue(more) };
            return await RunAsync(context, parse, filter, ct);
        });
        return command;
    }

    internal static async Task<int> RunAsync(CliContext context, ParseResult parse, SessionFilter filter, CancellationToken ct)
    {
        var (_, session) = await PracticeStart.OpenAsync(context, parse, filter, ct);
        await new StudyScreen(context, session, KeyInputs.For(context)).RunAsync(ct);
        return 0;
    }
}
