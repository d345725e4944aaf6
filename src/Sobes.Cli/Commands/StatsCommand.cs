using System.CommandLine;
using Sobes.Data.Library;
using Spectre.Console;

namespace Sobes.Cli.Commands;

internal static class StatsCommand
{
    public static Command Create(CliContext context)
    {
        var json = CliContext.JsonOption();
        var command = new Command("stats", "What the library holds: items by kind, topic and language.") { json };
        command.SetAction(async (parse, ct) =>
        {
            var database = await context.OpenDatabaseAsync(parse, ct);
            var stats = await LibraryQueries.StatsAsync(database, ct);
            if (parse.GetValue(json))
            {
                context.WriteJson(new { library = stats });
                return 0;
            }

            context.Console.MarkupLine($"[bold]{stats.Items}[/] items from {stats.Sources} sources ({stats.Provenances} posts; {stats.MergedItems} items merged duplicates)");
            var kinds = new BarChart().Label("by kind").Width(60);
            foreach (var (kind, n) in stats.ByKind)
            {
                kinds.AddItem(kind, n, Color.SteelBlue);
            }

            context.Console.Write(kinds);
            var topics = new Table().AddColumns("topic", "items");
            foreach (var (topic, n) in stats.ByTopic)
            {
                topics.AddRow(Markup.Escape(topic), n.ToString());
            }

            context.Console.Write(topics);
            return 0;
        });
        return command;
    }
}
