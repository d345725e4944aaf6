using System.CommandLine;
using System.Globalization;
using System.Text;
using Sobes.Data.Cards;
using Spectre.Console;

namespace Sobes.Cli.Commands;

/// <summary>`sobes cards audit [--json]` and `sobes cards export [--learner NAME] [--all] [--output FILE]`.</summary>
internal static class CardsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("cards", "Practice cards: what generation makes of the library, and a learner's cards for other tools.");
        command.Subcommands.Add(Audit(context));
        command.Subcommands.Add(Export(context));
        return command;
    }

    private static Command Audit(CliContext context)
    {
        var json = CliContext.JsonOption();
        var command = new Command("audit", "Generates every card of the library (no learner's cards change) and reports cards per type and refusals per linter rule.") { json };
        command.SetAction(async (parse, ct) =>
        {
            var database = await context.OpenDatabaseAsync(parse, ct);
            await using var db = database.CreateContext();
            var report = await CardAudits.RunAsync(db, ct);
            if (parse.GetValue(json))
            {
                context.WriteJson(new
                {
                    items = report.Items, answered_items = report.AnsweredItems, cards = report.Cards, refusals = report.Refusals,
                    items_without_cards = report.ItemsWithoutCards, cards_per_answered_item = Math.Round(report.CardsPerAnsweredItem, 2),
                });
                return 0;
            }

            var cards = new Table().AddColumns("card type", "cards");
            foreach (var (type, count) in report.Cards)
            {
                cards.AddRow(type, count.ToString(CultureInfo.InvariantCulture));
            }

            var refusals = new Table().AddColumns("rule", "refused");
            foreach (var (rule, count) in report.Refusals)
            {
                refusals.AddRow(rule, count.ToString(CultureInfo.InvariantCulture));
            }

            context.Console.Write(cards);
            context.Console.Write(refusals);
            context.Console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"{report.AnsweredItems} answered items of {report.Items}: {report.CardsPerAnsweredItem:F2} cards each, {report.ItemsWithoutCards} without a card"));
            return 0;
        });
        return command;
    }

    private static Command Export(CliContext context)
    {
        var learner = new Option<string?>("--learner") { Description = "Whose cards: an account's name, or \"local\" (the default, the CLI's own learner)." };
        var all = new Option<bool>("--all") { Description = "Add suspended cards, with \"suspended\": true." };
        var output = new Option<string?>("--output") { Description = "Write to this file (atomically) instead of standard output." };
        var command = new Command("export", "Syncs a learner's cards with the library, then writes them as JSON Lines in id order.") { learner, all, output };
        command.SetAction(async (parse, ct) =>
        {
            var database = await context.OpenDatabaseAsync(parse, ct);
            await using var db = database.CreateContext();
            var now = context.Time.GetUtcNow();
            var name = parse.GetValue(learner);
            var found = await CardExporter.FindLearnerAsync(db, name, now, ct) ?? throw new CliException($"no learner {name}", 3);
            var path = parse.GetValue(output);
            if (path is null)
            {
                await CardExporter.ExportAsync(db, found.Id, parse.GetValue(all), context.Console.Profile.Out.Writer, now, ct);
                return 0;
            }

            var temp = path + ".tmp";
            int count;
            try
            {
                await using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false)))
                {
                    count = await CardExporter.ExportAsync(db, found.Id, parse.GetValue(all), writer, now, ct);
                }

                File.Move(temp, path, true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                if (File.Exists(temp))
                {
                    File.Delete(temp);
                }

                throw new CliException($"cannot write {path}: {e.Message}", 2);
            }

            context.Console.MarkupLine($"[green]exported[/] {count} cards to {Markup.Escape(path)}");
            return 0;
        });
        return command;
    }
}
