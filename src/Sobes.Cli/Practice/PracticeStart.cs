using System.CommandLine;
using Sobes.Core.Cards;
using Sobes.Data.Practice;
using Sobes.Data.Storage;

namespace Sobes.Cli.Practice;

/// <summary>What the practice commands share: options, and opening the local learner's session with their cards in step with the library.</summary>
internal static class PracticeStart
{
    public static Option<string[]> TopicOption() => new("--topic") { Description = "Only these topics (repeatable).", AllowMultipleArgumentsPerToken = true };

    public static Option<int> LimitOption(int fallback) => new("--limit") { Description = "The most cards in the session.", DefaultValueFactory = _ => fallback };

    public static async Task<(SobesDatabase Database, PracticeSession Session)> OpenAsync(CliContext context, ParseResult parse, SessionFilter filter, CancellationToken cancellationToken)
    {
        var database = await context.OpenDatabaseAsync(parse, cancellationToken);
        LearnerRecord learner;
        await using (var db = database.CreateContext())
        {
            learner = await Learners.LocalAsync(db, context.Time.GetUtcNow(), cancellationToken);
        }

        var session = new PracticeSession(database, learner, filter, context.Time);
        await session.SyncAsync(cancellationToken);
        return (database, session);
    }

    public static CardType[] ParseTypes(IEnumerable<string>? names)
    {
        try
        {
            return (names ?? []).Select(CardTypes.Parse).ToArray();
        }
        catch (ArgumentException e)
        {
            throw new CliException(e.Message + " Types: flashcard, multiple-choice, cloze, true-false, matching, problem, reading.", 2);
        }
    }
}
