using System.CommandLine;
using Sobes.Data.Library;
using Spectre.Console;

namespace Sobes.Cli.Commands;

internal static class ListCommand
{
    public static Command Create(CliContext context)
    {
        var filter = new FilterOptions();
        var limit = new Option<int>("--limit") { Description = "How many items.", DefaultValueFactory = _ => 50 };
        var skip = new Option<int>("--skip") { Description = "Skip this many first." };
        var json = CliContext.JsonOption();
        var command = new Command("list", "List items of the library.") { limit, skip, json };
        filter.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var database = await context.OpenDatabaseAsync(parse, ct);
            await using var db = database.CreateContext();
            var f = filter.Read(parse);
            var items = await LibraryQueries.ListAsync(db, f, parse.GetValue(skip), parse.GetValue(limit), ct);
            var total = await LibraryQueries.CountAsync(db, f, ct);
            if (parse.GetValue(json))
            {
                context.WriteJson(new { total, items });
                return 0;
            }

            var table = new Table().AddColumns("id", "kind", "title", "topics", "merged");
            foreach (var i in items)
            {
                table.AddRow(i.Id.ToString(), i.Kind, Markup.Escape(i.Title), Markup.Escape(string.Join(", ", i.Topics)), i.Merged.ToString());
            }

            context.Console.Write(table);
            context.Console.MarkupLine($"[grey]{items.Count} of {total}[/]");
            return 0;
        });
        return command;
    }
}

/// <summary>--kind, --topic and --source, each repeatable.</summary>
internal sealed class FilterOptions
{
    private readonly Option<string[]> kinds = new("--kind") { Description = "question, note, quiz, problem, case, resource or ad (repeatable).", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string[]> topics = new("--topic") { Description = "A topic slug such as metrics or nlp (repeatable).", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string[]> sources = new("--source") { Description = "A source file name (repeatable).", AllowMultipleArgumentsPerToken = true };

    public void AddTo(Command command)
    {
        command.Options.Add(kinds);
        command.Options.Add(topics);
        command.Options.Add(sources);
    }

    public LibraryFilter Read(ParseResult parse)
    {
        var k = parse.GetValue(kinds) ?? [];
        foreach (var kind in k)
        {
            if (!Core.Library.ItemKinds.TryParse(kind, out _))
            {
                throw new CliException($"unknown kind '{kind}': use question, note, quiz, problem, case, resource or ad", 2);
            }
        }

        return new LibraryFilter(k.Select(x => x.ToLowerInvariant()).ToList(), parse.GetValue(topics), parse.GetValue(sources));
    }
}
