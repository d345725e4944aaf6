using System.CommandLine;
using System.Text;
using Spectre.Console;
using Sobes.Data.Cards;
using Sobes.Data.Library;

namespace Sobes.Cli.Commands;

/// <summary>
/// `sobes export [--format jsonl|csv|md|apkg] [--output FILE] [filters] [--with-progress [--learner NAME]]`: text formats
/// go to standard output or a file; an Anki package (apkg) only to a file. Files are written atomically (a temporary file, then a move).
/// </summary>
internal static class ExportCommand
{
    private const string Apkg = "apkg";

    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--format")
        {
            Description = "jsonl (one item per line), csv, md, or apkg (an Anki package; needs --output).",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong([.. LibraryExporter.Formats, Apkg]);
        var output = new Option<string?>("--output") { Description = "Write to this file instead of standard output." };
        var progress = new Option<bool>("--with-progress") { Description = "apkg: add the learner's schedules, FSRS memory states and review log." };
        var learner = new Option<string?>("--learner") { Description = "With --with-progress: whose progress, an account's name or \"local\" (the default)." };
        var filter = new FilterOptions();
        var command = new Command("export", "Export the library.") { format, output, progress, learner };
        filter.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var chosen = parse.GetValue(format)!;
            var path = parse.GetValue(output);
            if (chosen != Apkg && (parse.GetValue(progress) || parse.GetValue(learner) is not null))
            {
                throw new CliException("--with-progress and --learner apply to --format apkg only", 2);
            }

            if (chosen == Apkg && path is null)
            {
                throw new CliException("--format apkg needs --output FILE: an Anki package is a zip file, not console text", 2);
            }

            if (parse.GetValue(learner) is not null && !parse.GetValue(progress))
            {
                throw new CliException("--learner needs --with-progress", 2);
            }

            var database = await context.OpenDatabaseAsync(parse, ct);
            await using var db = database.CreateContext();
            if (path is null)
            {
                await LibraryExporter.ExportAsync(db, chosen, context.Console.Profile.Out.Writer, filter.Read(parse), ct);
                return 0;
            }

            var temp = path + ".tmp";
            try
            {
                if (chosen == Apkg)
                {
                    var now = context.Time.GetUtcNow();
                    var name = parse.GetValue(learner);
                    var who = parse.GetValue(progress)
                        ? await CardExporter.FindLearnerAsync(db, name, now, ct) ?? throw new CliException($"no learner {name}", 3)
                        : null;
                    DeckExportReport report;
                    await using (var file = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
                    {
                        report = await DeckExporter.ExportAsync(db, file, filter.Read(parse), who, now, ct);
                    }

                    File.Move(temp, path, true);
                    context.Console.MarkupLine($"[green]exported[/] {report.Notes} notes from {report.Items - report.LeftOut} items"
                        + (report.LeftOut > 0 ? $" ({report.LeftOut} not practisable left out)" : "")
                        + (who is null ? "" : $", {report.Reviews} reviews") + $" to {Markup.Escape(path)}");
                    return 0;
                }

                int count;
                await using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false)))
                {
                    count = await LibraryExporter.ExportAsync(db, chosen, writer, filter.Read(parse), ct);
                }

                File.Move(temp, path, true);
                context.Console.MarkupLine($"[green]exported[/] {count} items to {Markup.Escape(path)}");
                return 0;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                if (File.Exists(temp))
                {
                    File.Delete(temp);
                }

                throw new CliException($"cannot write {path}: {e.Message}", 2);
            }
        });
        return command;
    }
}
