using System.CommandLine;
using System.Globalization;
using Sobes.Data.Library;
using Sobes.Data.Library.Owning;
using Sobes.Data.Storage;
using Spectre.Console;

namespace Sobes.Cli.Commands;

/// <summary>
/// `sobes delete`, `sobes restore`, `sobes sources`: the owner tidies the library. Deletes are soft (restore undoes
/// them, with cards and progress). A name that matches nothing exits 3; a bulk action without a filter exits 2.
/// </summary>
internal static class OwnershipCommands
{
    public static IEnumerable<Command> Create(CliContext context)
    {
        yield return Change(context, "delete", "Delete items (soft: `sobes restore` brings them back). Give item ids, --source, --sample, or --matching with filters.", restore: false);
        yield return Change(context, "restore", "Restore deleted items or sources. Give item ids, --source, --sample, or --matching with filters.", restore: true);
        yield return Sources(context);
    }

    internal static string EditorName => "cli:" + Environment.UserName;

    private static Command Change(CliContext context, string name, string description, bool restore)
    {
        var ids = new Argument<long[]>("item") { Description = "Item ids.", Arity = ArgumentArity.ZeroOrMore };
        var source = new Option<string[]>("--source") { Description = "A source id or file name (every import of that file); repeatable." };
        var sample = new Option<bool>("--sample") { Description = "The bundled sample channel." };
        var matching = new Option<bool>("--matching") { Description = "Every item the filter options admit (at least one filter is required)." };
        var json = CliContext.JsonOption();
        var filter = new FilterOptions();
        var command = new Command(name, description) { ids, source, sample, matching, json };
        filter.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var items = parse.GetValue(ids) ?? [];
            var sources = parse.GetValue(source) ?? [];
            var bulk = parse.GetValue(matching);
            var useSample = parse.GetValue(sample);
            if ((items.Length > 0 ? 1 : 0) + (sources.Length > 0 || useSample ? 1 : 0) + (bulk ? 1 : 0) != 1)
            {
                throw new CliException($"give item ids, --source/--sample, or --matching with filters (one of them): sobes {name} 12 15, sobes {name} --source channel.json", 2);
            }

            if (bulk && !filter.AnyGiven(parse))
            {
                throw new CliException($"--matching needs a filter (--kind, --topic, --source, --needs-answer, --in-review): it would act on the whole library", 2);
            }

            var database = await context.OpenDatabaseAsync(parse, ct);
            var owner = new LibraryOwner(database, context.Time);
            OwnershipResult result;
            string what;
            if (items.Length > 0)
            {
                result = restore ? await owner.RestoreItemsAsync(items, EditorName, ct) : await owner.DeleteItemsAsync(items, EditorName, ct);
                what = "items";
            }
            else if (bulk)
            {
                var f = filter.Read(parse);
                result = await owner.ApplyAsync(restore ? BulkAction.Restore : BulkAction.Delete, f, EditorName, ct);
                what = "items";
            }
            else
            {
                var found = await FindSourcesAsync(database, sources, useSample, ct);
                result = restore ? await owner.RestoreSourcesAsync(found, EditorName, ct) : await owner.DeleteSourcesAsync(found, EditorName, ct);
                what = "sources";
            }

            return Report(context, result, what, restore ? "restored" : "deleted", parse.GetValue(json));
        });
        return command;
    }

    private static async Task<IReadOnlyList<long>> FindSourcesAsync(SobesDatabase database, string[] names, bool sample, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var found = new List<long>();
        if (sample)
        {
            var ids = await LibrarySources.SampleAsync(db, ct);
            found.AddRange(ids.Count > 0 ? ids : throw new CliException("the library holds no sample", 3));
        }

        foreach (var name in names)
        {
            var ids = await LibrarySources.FindAsync(db, name, ct);
            found.AddRange(ids.Count > 0 ? ids : throw new CliException($"no source '{name}': `sobes sources` lists them", 3));
        }

        return found;
    }

    internal static int Report(CliContext context, OwnershipResult result, string what, string verb, bool json)
    {
        if (json)
        {
            context.WriteJson(new { changed = result.Changed, unchanged = result.Unchanged, missing = result.Missing, items = result.Items });
        }
        else
        {
            var line = $"{verb} {result.Changed.Count} {what}{Ids(result.Changed)}";
            if (what == "sources")
            {
                line += $" with {result.Items.Count} items";
            }

            context.Console.MarkupLine($"[green]{Markup.Escape(line)}[/]");
            if (result.Unchanged.Count > 0)
            {
                context.Console.MarkupLine($"[grey]already {verb}: {Markup.Escape(string.Join(", ", result.Unchanged.Select(Id)))}[/]");
            }

            foreach (var id in result.Missing)
            {
                context.Console.MarkupLine($"[red]error:[/] no {what.TrimEnd('s')} {Id(id)}");
            }
        }

        return result.Missing.Count > 0 && result.Changed.Count == 0 && result.Unchanged.Count == 0 ? 3 : 0;
    }

    private static string Ids(IReadOnlyList<long> ids) => ids.Count is > 0 and <= 20 ? " (" + string.Join(", ", ids.Select(i => "#" + Id(i))) + ")" : "";

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static Command Sources(CliContext context)
    {
        var json = CliContext.JsonOption();
        var command = new Command("sources", "List imported sources with their item counts and whether they are deleted.") { json };
        command.SetAction(async (parse, ct) =>
        {
            var database = await context.OpenDatabaseAsync(parse, ct);
            await using var db = database.CreateContext();
            var sources = await LibrarySources.ListAsync(db, ct);
            if (parse.GetValue(json))
            {
                context.WriteJson(sources);
                return 0;
            }

            var table = new Table().AddColumns("id", "source", "format", "imported", "posts", "items", "deleted");
            foreach (var s in sources)
            {
                var name = s.Title is { Length: > 0 } title && title != s.Name ? $"{s.Name} ({title})" : s.Name;
                var state = s.DeletedAt is { } at ? "deleted " + at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : s.DeletedItems > 0 ? $"{s.DeletedItems} items" : "";
                table.AddRow(Id(s.Id), Markup.Escape(name + (s.Sample ? " · sample" : "")), s.Format, s.ImportedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    s.Posts.ToString(CultureInfo.InvariantCulture), s.Items.ToString(CultureInfo.InvariantCulture), state);
            }

            context.Console.Write(table);
            return 0;
        });
        return command;
    }
}
