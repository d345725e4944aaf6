using System.CommandLine;
using System.Globalization;
using Sobes.Data.Library;
using Sobes.Data.Library.Owning;
using Sobes.Data.Library.Reanalysis;
using Spectre.Console;

namespace Sobes.Cli.Commands;

/// <summary>
/// `sobes review`: the items an import left for an editor (inferred titles, missing answers, unsure kinds, no topic);
/// `sobes review dismiss ID…` takes them out of the queue, `sobes edit` fixes them. `sobes reanalyze` re-runs the
/// analysis on stored posts.
/// </summary>
internal static class ReviewCommands
{
    public static IEnumerable<Command> Create(CliContext context)
    {
        yield return Review(context);
        yield return Reanalyze(context);
    }

    private static Command Review(CliContext context)
    {
        var limit = NumberOptions.WholeNumber("--limit", "How many items.", 50);
        var json = CliContext.JsonOption();
        var command = new Command("review", "The review queue: items with an inferred title, without an answer, or whose kind or topic the import was unsure of. Fix one with `sobes edit`, or dismiss it.")
        {
            limit, json, Dismiss(context),
        };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(limit) is < 1 or > 10_000)
            {
                throw new CliException("--limit must be from 1 to 10000", 2);
            }

            var database = await context.OpenDatabaseAsync(parse, ct);
            await using var db = database.CreateContext();
            var filter = new LibraryFilter { InReview = true };
            var items = await LibraryQueries.ListAsync(db, filter, LibrarySort.Id, 0, parse.GetValue(limit), ct);
            var total = await LibraryQueries.CountAsync(db, filter, ct);
            if (parse.GetValue(json))
            {
                context.WriteJson(new { total, items });
                return 0;
            }

            if (total == 0)
            {
                context.Console.MarkupLine("[green]nothing to review[/]");
                return 0;
            }

            var table = new Table().AddColumns("id", "kind", "title", "why");
            foreach (var i in items)
            {
                table.AddRow(i.Id.ToString(CultureInfo.InvariantCulture), i.Kind, Markup.Escape(i.Title), Markup.Escape(string.Join(", ", i.Review)));
            }

            context.Console.Write(table);
            context.Console.MarkupLine($"[grey]{items.Count} of {total} · fix: sobes edit ID --title … --answer … · dismiss: sobes review dismiss ID…[/]");
            return 0;
        });
        return command;
    }

    private static Command Dismiss(CliContext context)
    {
        var ids = new Argument<long[]>("item") { Description = "Item ids.", Arity = ArgumentArity.OneOrMore };
        var json = CliContext.JsonOption();
        var command = new Command("dismiss", "Take items out of the review queue for good (re-imports and re-analysis keep them out).") { ids, json };
        command.SetAction(async (parse, ct) =>
        {
            var database = await context.OpenDatabaseAsync(parse, ct);
            var result = await new LibraryOwner(database, context.Time).DismissAsync(parse.GetValue(ids)!, OwnershipCommands.EditorName, ct);
            return OwnershipCommands.Report(context, result, "items", "dismissed", parse.GetValue(json));
        });
        return command;
    }

    private static Command Reanalyze(CliContext context)
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Report what would change; change nothing." };
        var json = CliContext.JsonOption();
        var command = new Command("reanalyze", "Re-run the analysis on stored posts (kinds, titles, topics, answers), keeping every field an editor set and the progress of unchanged cards.") { dryRun, json };
        command.SetAction(async (parse, ct) =>
        {
            var database = await context.OpenDatabaseAsync(parse, ct);
            var report = await LibraryReanalysis.RunAsync(database, context.Time.GetUtcNow(), parse.GetValue(dryRun), ct);
            if (parse.GetValue(json))
            {
                context.WriteJson(report);
                return 0;
            }

            var verb = report.DryRun ? "would change" : "changed";
            context.Console.MarkupLine($"{report.Items} items read, [bold]{verb} {report.Changed}[/]" + (report.Skipped > 0 ? $" ({report.Skipped} from structured files kept: re-import them to apply new rules)" : ""));
            foreach (var (field, count) in report.Fields)
            {
                context.Console.MarkupLine($"  {Markup.Escape(field)}: {count}");
            }

            return 0;
        });
        return command;
    }
}
