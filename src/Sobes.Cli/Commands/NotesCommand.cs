using System.CommandLine;
using System.Text;
using Sobes.Core.Library;
using Sobes.Data.Library;
using Spectre.Console;

namespace Sobes.Cli.Commands;

/// <summary>`sobes notes --topic T --format md|html [--output FILE]`: a topic's study sheet.</summary>
internal static class NotesCommand
{
    public static Command Create(CliContext context)
    {
        var topic = new Option<string>("--topic") { Description = "The topic: a slug (metrics) or its English or Russian name.", Required = true };
        var format = new Option<string>("--format") { Description = "md or html (a printable page).", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong([.. StudySheetWriter.Formats]);
        var output = new Option<string?>("--output") { Description = "Write to this file instead of standard output." };
        var command = new Command("notes", "A topic's notes and answered questions as a study sheet with its sources.") { topic, format, output };
        command.SetAction(async (parse, ct) =>
        {
            var name = parse.GetValue(topic)!;
            var found = StudySheets.FindTopic(name)
                ?? throw new CliException($"no topic '{name}'; topics: {string.Join(", ", Taxonomy.Topics.Select(t => t.Slug))}", 2);
            var database = await context.OpenDatabaseAsync(parse, ct);
            await using var db = database.CreateContext();
            var sheet = await StudySheets.ForTopicAsync(db, found, ct);
            var text = StudySheetWriter.Write(sheet, parse.GetValue(format)!);
            if (parse.GetValue(output) is not { } path)
            {
                context.Console.Profile.Out.Writer.Write(text);
                return 0;
            }

            var temp = path + ".tmp";
            await File.WriteAllTextAsync(temp, text, new UTF8Encoding(false), ct);
            File.Move(temp, path, true);
            context.Console.MarkupLine($"[green]wrote[/] {sheet.Notes.Count} notes and {sheet.Questions.Count} questions to {Markup.Escape(path)}");
            return 0;
        });
        return command;
    }
}
