using System.CommandLine;
using Sobes.Data.Library;
using Sobes.Data.Library.Editing;
using Sobes.Data.Storage;
using Spectre.Console;

namespace Sobes.Cli.Commands;

/// <summary>`sobes edit`, `sobes merge`, `sobes split`: editors fix the library. A refused change exits 2, a missing item 3.</summary>
internal static class EditCommands
{
    public static IEnumerable<Command> Create(CliContext context)
    {
        yield return Edit(context);
        yield return Merge(context);
        yield return Split(context);
    }

    private static Command Edit(CliContext context)
    {
        var id = NumberOptions.Id("id", "The item's id.");
        var title = new Option<string?>("--title") { Description = "A new title." };
        var kind = new Option<string?>("--kind") { Description = "question, note, quiz, problem, case, resource or ad." };
        var topics = new Option<string[]>("--topic") { Description = "A topic slug; repeat for several. The list replaces the item's topics." };
        var key = NumberOptions.OptionalWholeNumber("--key", "The right option of a quiz, 0-based (recorded as the user's key).");
        var question = new Option<string?>("--question") { Description = "A new question; an empty value clears it." };
        var answer = new Option<string?>("--answer") { Description = "A new answer; an empty value clears it." };
        var body = new Option<string?>("--body") { Description = "A new text." };
        var json = CliContext.JsonOption();
        var command = new Command("edit", "Fix an item: title, kind, topics, quiz key, question, answer, text. Fields set here survive re-imports.")
        {
            id, title, kind, topics, key, question, answer, body, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            var edit = new ItemEdit
            {
                Title = parse.GetValue(title),
                Kind = parse.GetValue(kind),
                Topics = parse.GetResult(topics) is null ? null : parse.GetValue(topics),
                Key = parse.GetValue(key),
                Question = parse.GetValue(question),
                Answer = parse.GetValue(answer),
                Body = parse.GetValue(body),
            };
            if (edit.IsEmpty)
            {
                throw new CliException("nothing to change: give --title, --kind, --topic, --key, --question, --answer or --body", 2);
            }

            var database = await context.OpenDatabaseAsync(parse, ct);
            var result = await Editor(context, database).EditAsync(parse.GetValue(id), edit, EditorName, ct);
            return await ReportAsync(context, database, result, parse.GetValue(json), ct);
        });
        return command;
    }

    private static Command Merge(CliContext context)
    {
        var id = NumberOptions.Id("id", "The item that stays.");
        var other = NumberOptions.Id("other", "The duplicate merged into it; its sources, cards and review history move over.");
        var json = CliContext.JsonOption();
        var command = new Command("merge", "Merge item OTHER into item ID.") { id, other, json };
        command.SetAction(async (parse, ct) =>
        {
            var database = await context.OpenDatabaseAsync(parse, ct);
            var result = await Editor(context, database).MergeAsync(parse.GetValue(id), parse.GetValue(other), EditorName, ct);
            return await ReportAsync(context, database, result, parse.GetValue(json), ct);
        });
        return command;
    }

    private static Command Split(CliContext context)
    {
        var id = NumberOptions.Id("id", "The merged item.");
        var provenance = NumberOptions.Id("provenance", "The provenance (post) to take out, as `sobes split ID` lists them.");
        provenance.Arity = ArgumentArity.ZeroOrOne;
        var json = CliContext.JsonOption();
        var command = new Command("split", "Take one post out of a merged item into a new item; without PROVENANCE, list the item's posts.") { id, provenance, json };
        command.SetAction(async (parse, ct) =>
        {
            var database = await context.OpenDatabaseAsync(parse, ct);
            if (parse.GetResult(provenance) is null)
            {
                return await ListAsync(context, database, parse.GetValue(id), ct);
            }

            var result = await Editor(context, database).SplitAsync(parse.GetValue(id), parse.GetValue(provenance), EditorName, ct);
            return await ReportAsync(context, database, result, parse.GetValue(json), ct);
        });
        return command;
    }

    private static string EditorName => "cli:" + Environment.UserName;

    private static LibraryEditor Editor(CliContext context, SobesDatabase database) => new(database, context.Time);

    private static async Task<int> ListAsync(CliContext context, SobesDatabase database, long id, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var posts = await ItemProvenances.ListAsync(db, id, ct);
        if (posts.Count == 0)
        {
            throw new CliException($"no item {id}", 3);
        }

        var table = new Table().AddColumns("provenance", "source", "place", "text");
        foreach (var post in posts)
        {
            var text = post.Text.ReplaceLineEndings(" ");
            table.AddRow(post.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(post.Source), Markup.Escape(post.Locator), Markup.Escape(text.Length > 60 ? text[..60] + "…" : text));
        }

        context.Console.Write(table);
        return 0;
    }

    private static async Task<int> ReportAsync(CliContext context, SobesDatabase database, EditResult result, bool json, CancellationToken ct)
    {
        switch (result.Status)
        {
            case EditStatus.NotFound:
                throw new CliException(string.Join(" ", result.Errors.Select(e => e.Message)), 3);
            case EditStatus.Invalid:
                foreach (var error in result.Errors)
                {
                    context.Console.MarkupLine($"[red]error:[/] {Markup.Escape(error.Field)}: {Markup.Escape(error.Message)}");
                }

                return 2;
        }

        await using var db = database.CreateContext();
        var item = await LibraryQueries.GetAsync(db, result.ItemId, ct);
        if (json)
        {
            context.WriteJson(item);
            return 0;
        }

        var what = result.Status == EditStatus.Unchanged ? "unchanged" : result.NewItemId is { } created ? $"split: new item #{created}" : "saved";
        context.Console.MarkupLine($"[green]{what}[/] #{item!.Id} {Markup.Escape(item.Title)} [grey]({item.Kind} · revision {item.Revision} · merged {item.Merged} · topics: {Markup.Escape(string.Join(", ", item.Topics))})[/]");
        return 0;
    }
}
