using System.CommandLine;
using Sobes.Cli.Practice;
using Sobes.Core.Cards;
using Sobes.Data.Practice;

namespace Sobes.Cli.Commands;

/// <summary>`sobes quiz`: a session of objective cards only (multiple choice, true/false, cloze, matching, problems).</summary>
internal static class QuizCommand
{
    private static readonly CardType[] Objective = [CardType.MultipleChoice, CardType.TrueFalse, CardType.Cloze, CardType.Matching, CardType.Problem];

    public static Command Create(CliContext context)
    {
        var topics = PracticeStart.TopicOption();
        var limit = PracticeStart.LimitOption(30);
        var command = new Command("quiz", "Answer checked cards (quizzes, true/false, cloze, matching, problems); answers are rated automatically.") { topics, limit };
        command.SetAction((parse, ct) =>
            StudyCommand.RunAsync(context, parse, new SessionFilter(parse.GetValue(topics) ?? [], Objective, parse.GetValue(limit)), ct));
        return command;
    }
}
