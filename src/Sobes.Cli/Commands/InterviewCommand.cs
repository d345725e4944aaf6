using System.CommandLine;
using Microsoft.EntityFrameworkCore;
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
        var count = new Option<int>("--count") { Description = "How many questions.", DefaultValueFactory = _ => 5 };
        var seconds = new Option<int>("--seconds") { Description = "Time for each question, in seconds.", DefaultValueFactory = _ => 120 };
        var command = new Command("interview", "A mock interview: questions across topics, a time limit each, your typed answer, the reference answer, a self-grade and a closing report.") { topics, count, seconds };
        command.SetAction(async (parse, ct) =>
        {
            var (database, learner) = await PracticeStart.OpenAsync(context, parse, ct);
            var wanted = Math.Max(1, parse.GetValue(count));
            var filter = new SessionFilter(parse.GetValue(topics) ?? [], [CardType.Flashcard], wanted);
            var questions = (await PracticeStart.SessionAsync(context, database, learner.Id, filter, ct)).ToList();
            if (questions.Count < wanted)
            {
                await using var db = database.CreateContext();
                var have = questions.Select(q => q.CardId).ToList();
                var topicList = filter.Topics.ToList();
                var more = await db.Cards.AsNoTracking()
                    .Where(c => c.LearnerId == learner.Id && !c.Suspended && c.Type == "flashcard" && !have.Contains(c.Id) && (topicList.Count == 0 || topicList.Contains(c.Topic)))
                    .OrderBy(c => c.Due).ThenBy(c => c.Id).Select(c => c.Id).Take(wanted - questions.Count).ToListAsync(ct);
                questions.AddRange(await StudySessions.LoadAsync(db, more, ct));
            }

            if (questions.Count == 0)
            {
                context.Console.MarkupLine("No questions with answers to ask (import a library first: sobes import).");
                return 0;
            }

            var screen = new InterviewScreen(context, database, KeyInputs.For(context), TimeSpan.FromSeconds(Math.Max(10, parse.GetValue(seconds))));
            await screen.RunAsync(questions, ct);
            return 0;
        });
        return command;
    }
}
