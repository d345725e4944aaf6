using System.CommandLine;
using Sobes.Data.Library;
using Spectre.Console;

namespace Sobes.Cli.Commands;

internal static class ShowCommand
{
    public static Command Create(CliContext context)
    {
        var id = NumberOptions.Id("id", "The item's id.");
        var json = CliContext.JsonOption();
        var command = new Command("show", "Show one item with its sources.") { id, json };
        command.SetAction(async (parse, ct) =>
        {
            var database = await context.OpenDatabaseAsync(parse, ct);
            // A deleted item is shown too, marked, so it can be restored (`sobes restore ID`).
            var item = await LibraryQueries.GetAsync(database, parse.GetValue(id), withDeleted: true, ct) ?? throw new CliException($"no item {parse.GetValue(id)}", 3);
            if (parse.GetValue(json))
            {
                context.WriteJson(item);
                return 0;
            }

            Render(context.Console, item);
            return 0;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, ItemView item)
    {
        console.MarkupLine($"[bold]#{item.Id} {Markup.Escape(item.Title)}[/]");
        if (item.DeletedAt is { } deleted)
        {
            console.MarkupLine($"[red]deleted {deleted:yyyy-MM-dd}[/] · sobes restore {item.Id}");
        }

        if (item.Review.Count > 0)
        {
            console.MarkupLine($"[yellow]in review: {Markup.Escape(string.Join(", ", item.Review))}[/]");
        }

        console.MarkupLine($"[grey]{item.Kind} ({Markup.Escape(item.KindRule)}) · {item.Language} · topics: {Markup.Escape(string.Join(", ", item.Topics))} · merged {item.Merged}[/]");
        if (item.Question is { } q && q != item.Title)
        {
            console.MarkupLine("[bold]Q:[/] " + Markup.Escape(q));
        }

        for (var o = 0; o < item.Options.Count; o++)
        {
            var opt = item.Options[o];
            var share = opt.Share is { } s ? $"{s,4:P0}" : "   ?";
            var key = item.Key?.Option == o ? (item.Key.Source == Core.Library.KeySource.Crowd ? " [grey](crowd's pick)[/]" : " [green]✓[/]") : "";
            console.MarkupLine($"  {share}  {Markup.Escape(opt.Text)}{key}");
        }

        if (item.Answer is { } a)
        {
            console.MarkupLine("[bold]A:[/] " + Markup.Escape(a));
        }
        else if (item.Options.Count == 0)
        {
            console.WriteLine(item.Body);
        }

        foreach (var link in item.Links)
        {
            console.MarkupLine("[blue]" + Markup.Escape(link) + "[/]");
        }

        foreach (var s in item.Sources)
        {
            console.MarkupLine($"[grey]from {Markup.Escape(s.Source)} {Markup.Escape(s.Locator)}{(s.Date is { } d ? " " + d.ToString("yyyy-MM-dd") : "")}[/]");
        }
    }
}
