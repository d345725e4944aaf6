using System.CommandLine;
using Sobes.Data.Storage;
using Spectre.Console;

namespace Sobes.Cli.Commands;

/// <summary>`sobes backup --output FILE`: a consistent copy of a SQLite library, safe while the web app or another command uses it.</summary>
internal static class BackupCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<string>("--output", "-o") { Description = "The backup file to write (replaced whole once the copy is checked).", Required = true };
        var command = new Command("backup", "Copies a SQLite library safely while it is in use; the copy opens as a library (--db FILE). PostgreSQL: use pg_dump.") { output };
        command.SetAction(async (parse, ct) =>
        {
            var location = DatabaseLocation.Resolve(parse.GetValue(CliContext.DbOption));
            try
            {
                var report = await LibraryBackup.BackupAsync(location, parse.GetValue(output)!, ct);
                context.Console.MarkupLine($"backed up {Markup.Escape(location.Display)} to [bold]{Markup.Escape(report.Path)}[/] ({report.Items} items, {report.Bytes / 1024.0:0} KB)");
                return 0;
            }
            catch (NotSupportedException e)
            {
                throw new CliException(e.Message, 2);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
            {
                throw new CliException($"cannot back up {location.Display}: {e.Message}", 2);
            }
        });
        return command;
    }
}
