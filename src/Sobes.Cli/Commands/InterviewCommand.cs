using System.CommandLine;
using Sobes.Cli.Practice;
using Sobes.Core.Cards;
using Sobes.Data.Practice;
using Spectre.Console;

namespace Sobes.Cli.Commands;

/// <summary>`sobes interview`: a mock interview of N questions with a time limit each; self-graded answers feed the scheduler.</summary>
internal static class InterviewCommand
{
    public static Command Create(CliContext context)
    {
        var topics = PracticeStart.TopicOption();
        var count = NumberOptions.WholeNumber("--count", "How many questions.", 5, minimum: 1);
        var seconds = NumberOptions.WholeNumber("--seconds", "Time for each question, in seconds.", 120, minimum: 1);
        var command = new Command("interview", "A mock interview: questions across topics, a time limit each, your typed answer, the reference answer, a self-grade and a closing report.") { topics, count, seconds };
        command.SetAction(async (parse, ct) =>
        {
            var (database, session) = await PracticeStart.OpenAsync(context, parse, SessionFilter.All, ct);
            IReadOnlyList<StudyCard> questions;
            await using (var db = database.CreateContext())
            {
                questions = await Interviews.QuestionsAsync(db, session.Learner.Id, context.Time.GetUtcNow(), parse.GetValue(topics) ?? [], parse.GetValue(count), ct);
            }

            if (questions.Count == 0)
            {
                context.Console.MarkupLine("No questions with answers to ask (import a library first: sobes import).");
                return 0;
            }

            var screen = new InterviewScreen(context, session, KeyInputs.For(context), InterviewReport.Limit(parse.GetValue(seconds)));
            await screen.RunAsync(questions, ct);
            return 0;
        });
        return command;
    }
}
