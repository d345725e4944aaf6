using System.CommandLine;

namespace Sobes.Cli.Commands;

/// <summary>Commands of other capabilities (spaced repetition, metrics, cases), registered here as they arrive.</summary>
internal static class ExtraCommands
{
    public static IEnumerable<Command> Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        yield return SrsCommand.Create(context);
        yield return StudyCommand.Create(context);
        yield return QuizCommand.Create(context);
        yield return InterviewCommand.Create(context);
        yield return ProgressCommand.Create(context);
        yield return CaseCommand.Create(context);
        yield return CardsCommand.Create(context);
        yield return BackupCommand.Create(context);
    }
}
