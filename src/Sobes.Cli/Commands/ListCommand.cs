using System.CommandLine;
using Sobes.Data.Library;
using Spectre.Console;

namespace Sobes.Cli.Commands;

internal static class ListCommand
{
    public static Command Create(CliContext context)
    {
        var filter = new FilterOptions();
        var limit = NumberOptions.WholeNumber("--limit", "How many items.", 50, minimum: 1);
        var skip = NumberOptions.WholeNumber("--skip", "Skip this many first.", 0, minimum: 0);
        var json = CliContext.JsonOption();
        var sort = new Option<string>("--sort") { Description = "id (default), newest, oldest or title.", DefaultValueFactory = _ => "id" };
        var command = new Command("list", "List items of the library.") { limit, skip, sort, json };
        filter.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var database = await context.OpenDatabaseAsync(parse, ct);
            var f = filter.Read(parse);
            if (!LibrarySorts.TryParse(parse.GetValue(sort), out var order))
            {
                throw new CliException($"unknown sort '{parse.GetValue(sort)}': use {string.Join(", ", LibrarySorts.Names)}", 2);
            }

            var (items, total) = await LibraryQueries.ListAsync(database, f, order, parse.GetValue(skip), parse.GetValue(limit), ct);
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

/// <summary>--kind, --topic and --source, each repeatable; --needs-answer, --in-review and --deleted.</summary>
/// <remarks>Search takes only the first three (states: false): its index holds only the library's live items.</remarks>
internal sealed class FilterOptions(bool states = true)
{
    private readonly Option<bool> needsAnswer = new("--needs-answer") { Description = "Only items waiting for an answer." };
    private readonly Option<bool> inReview = new("--in-review") { Description = "Only items in the review queue." };
    private readonly Option<bool> deleted = new("--deleted") { Description = "Deleted items instead of the library's." };

    private readonly Option<string[]> kinds = new("--kind") { Description = "question, note, quiz, problem, case, resource or ad (repeatable).", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string[]> topics = new("--topic") { Description = "A topic slug such as metrics or nlp (repeatable).", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string[]> sources = new("--source") { Description = "A source file name (repeatable).", AllowMultipleArgumentsPerToken = true };

    public void AddTo(Command command)
    {
        command.Options.Add(kinds);
        command.Options.Add(topics);
        command.Options.Add(sources);
        if (states)
        {
            command.Options.Add(needsAnswer);
            command.Options.Add(inReview);
            command.Options.Add(deleted);
        }
    }

    /// <summary>True when any option narrows the list (a bulk action refuses to act on the whole library by accident).</summary>
    public bool AnyGiven(ParseResult parse) =>
        new Option[] { kinds, topics, sources, needsAnswer, inReview, deleted }.Any(o => parse.GetResult(o) is { Implicit: false });

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

        return new LibraryFilter(k.Select(x => x.ToLowerInvariant()).ToList(), parse.GetValue(topics), parse.GetValue(sources))
        {
            NeedsAnswer = states && parse.GetValue(needsAnswer),
            InReview = states && parse.GetValue(inReview),
            Deleted = states && parse.GetValue(deleted),
        };
    }
}
