using System.CommandLine;
using System.Text;
using Spectre.Console;
using Sobes.Data.Library;

namespace Sobes.Cli.Commands;

internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--format") { Description = "jsonl (one item per line), csv or md.", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong([.. LibraryExporter.Formats]);
        var output = new Option<string?>("--output") { Description = "Write to this file instead of standard output." };
        var filter = new FilterOptions();
        var command = new Command("export", "Export the library.") { format, output };
        filter.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var database = await context.OpenDatabaseAsync(parse, ct);
            await using var db = database.CreateContext();
            var path = parse.GetValue(output);
            if (path is null)
            {
                await LibraryExporter.ExportAsync(db, parse.GetValue(format)!, context.Console.Profile.Out.Writer, filter.Read(parse), ct);
                return 0;
            }

            var temp = path + ".tmp";
            int count;
            await using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false)))
            {
                count = await LibraryExporter.ExportAsync(db, parse.GetValue(format)!, writer, filter.Read(parse), ct);
            }

            File.Move(temp, path, true);
            context.Console.MarkupLine($"[green]exported[/] {count} items to {Markup.Escape(path)}");
            return 0;
        });
        return command;
    }
}
