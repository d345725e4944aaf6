using System.CommandLine;
using Sobes.Core.Cards;
using Sobes.Data.Practice;
using Sobes.Data.Storage;

namespace Sobes.Cli.Practice;

/// <summary>What the practice commands share: options, and opening the learner's cards in step with the library.</summary>
internal static class PracticeStart
{
    public static Option<string[]> TopicOption() => new("--topic") { Description = "Only these topics (repeatable).", AllowMultipleArgumentsPerToken = true };

    public static Option<int> LimitOption(int fallback) => new("--limit") { Description = "The most cards in the session.", DefaultValueFactory = _ => fallback };

    public static async Task<(SobesDatabase Database, LearnerRecord Learner)> OpenAsync(CliContext context, ParseResult parse, CancellationToken cancellationToken)
    {
        var database = await context.OpenDatabaseAsync(parse, cancellationToken);
        await using var db = database.CreateContext();
        var now = context.Time.GetUtcNow();
        var learner = await Learners.LocalAsync(db, now, cancellationToken);
        await CardSync.SyncAsync(db, learner.Id, now, cancellationToken);
        return (database, learner);
    }

    public static async Task<IReadOnlyList<StudyCard>> SessionAsync(CliContext context, SobesDatabase database, long learnerId, SessionFilter filter, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        return await StudySessions.BuildAsync(db, learnerId, context.Time.GetUtcNow(), filter, cancellationToken);
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
