using System.CommandLine;
using Sobes.Data.Search;
using Spectre.Console;

namespace Sobes.Cli.Commands;

internal static class SearchCommand
{
    public static Command Create(CliContext context)
    {
        var query = new Argument<string[]>("query") { Description = "Words to find (Russian or English; word forms match).", Arity = ArgumentArity.ZeroOrMore };
        var filter = new FilterOptions(states: false);
        var limit = NumberOptions.WholeNumber("--limit", "How many hits.", 20, minimum: 1);
        var json = CliContext.JsonOption();
        var command = new Command("search", "Search the library with relevance ranking and highlighted snippets.") { query, limit, json };
        filter.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var database = await context.OpenDatabaseAsync(parse, ct);
            var f = filter.Read(parse);
            var text = string.Join(' ', parse.GetValue(query) ?? []);
            if (SearchQuery.Problem(text) is { } problem)
            {
                throw new CliException(problem, 2);
            }

            var results = await database.Search.SearchAsync(new SearchQuery(text, new SearchFilter(f.Kinds, f.Topics, f.Sources), 0, parse.GetValue(limit)), ct);
            if (parse.GetValue(json))
            {
                context.WriteJson(results);
                return 0;
            }

            PrintHits(context.Console, results.Hits);
            context.Console.MarkupLine($"[grey]{results.Hits.Count} of {results.Total}[/]");
            return 0;
        });
        return command;
    }

    public static void PrintHits(IAnsiConsole console, IEnumerable<SearchHit> hits)
    {
        foreach (var hit in hits)
        {
            console.MarkupLine($"[bold]#{hit.Id}[/] [grey]{hit.Kind}[/] {Markup.Escape(hit.Title)}");
            console.MarkupLine("  " + Highlight(hit.Snippet));
        }
    }

    // Snippets mark matched words as [[word]].
    private static string Highlight(string snippet) =>
        Markup.Escape(snippet).Replace("[[[[", "[yellow]", StringComparison.Ordinal).Replace("]]]]", "[/]", StringComparison.Ordinal);
}

internal static class SimilarCommand
{
    public static Command Create(CliContext context)
    {
        var id = NumberOptions.Id("id", "The item whose neighbours to find.");
        var limit = NumberOptions.WholeNumber("--limit", "How many.", 10, minimum: 1);
        var json = CliContext.JsonOption();
        var command = new Command("similar", "Items similar to one item.") { id, limit, json };
        command.SetAction(async (parse, ct) =>
        {
            var database = await context.OpenDatabaseAsync(parse, ct);
            var hits = await database.Search.SimilarAsync(parse.GetValue(id), parse.GetValue(limit), cancellationToken: ct);
            if (parse.GetValue(json))
            {
                context.WriteJson(hits);
            }
            else
            {
                SearchCommand.PrintHits(context.Console, hits);
            }

            return 0;
        });
        return command;
    }
}
