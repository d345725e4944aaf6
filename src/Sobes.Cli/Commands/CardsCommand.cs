using System.CommandLine;
using System.Globalization;
using System.Text;
using Sobes.Cli.Practice;
using Sobes.Core.Cards;
using Sobes.Data.Cards;
using Spectre.Console;

namespace Sobes.Cli.Commands;

/// <summary>
/// `sobes cards audit [--json]`, `sobes cards export [--learner NAME] [--all] [--output FILE]`, and the local learner's
/// cards of an item: `sobes cards list ITEM [--json]`, `sobes cards suspend CARD`, `sobes cards unsuspend CARD`.
/// </summary>
internal static class CardsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("cards", "Practice cards: what generation makes of the library, and a learner's cards for other tools.");
        command.Subcommands.Add(Audit(context));
        command.Subcommands.Add(Export(context));
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Suspend(context, "suspend", true, "Suspends one of your cards: it leaves practice and keeps its schedule (sync keeps the suspension)."));
        command.Subcommands.Add(Suspend(context, "unsuspend", false, "Brings a card you suspended back into practice."));
        return command;
    }

    private static Command List(CliContext context)
    {
        var json = CliContext.JsonOption();
        var item = NumberOptions.Id("item", "The item whose cards to list.");
        var command = new Command("list", "Your cards of one item: id, type, prompt, state, next due, whether suspended; and the problems solved from it.") { item, json };
        command.SetAction(async (parse, ct) =>
        {
            var (database, session) = await PracticeStart.OpenAsync(context, parse, Data.Practice.SessionFilter.All, ct);
            var id = parse.GetValue(item);
            await using (var db = database.CreateContext())
            {
                if (await db.Items.FindAsync([id], ct) is null)
                {
                    throw new CliException($"no item {id}", 3);
                }
            }

            var cards = await session.ItemCardsAsync(id, ct);
            var solved = await session.SolvedAsync(id, ct);
            if (parse.GetValue(json))
            {
                context.WriteJson(new
                {
                    item_id = id,
                    cards = cards.Select(c => new
                    {
                        card_id = c.CardId, type = c.Type.Name(), generator_key = c.GeneratorKey, prompt = c.Prompt,
                        state = c.State.ToString().ToLowerInvariant(), due = c.Due, suspended = c.IsSuspended, suspended_at = c.SuspendedAt,
                    }),
                    solved = solved.Select(s => new { card_id = s.CardId, generator_key = s.GeneratorKey, times = s.Times, first = s.First, last = s.Last }),
                });
                return 0;
            }

            var table = new Table().AddColumns("card", "type", "prompt", "state", "next due");
            foreach (var c in cards)
            {
                var prompt = c.Prompt.ReplaceLineEndings(" ");
                table.AddRow(
                    c.CardId.ToString(CultureInfo.InvariantCulture), c.Type.Name(),
                    Markup.Escape(prompt.Length > 70 ? prompt[..69] + "…" : prompt),
                    c.IsSuspended ? "[yellow]suspended[/]" : c.State.ToString().ToLowerInvariant(),
                    c.IsSuspended ? "—" : c.Due.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
            }

            context.Console.Write(table);
            foreach (var s in solved)
            {
                context.Console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"solved ({Markup.Escape(s.GeneratorKey)}) {s.Times}×, last on {s.Last:yyyy-MM-dd}"));
            }

            return 0;
        });
        return command;
    }

    private static Command Suspend(CliContext context, string name, bool suspend, string description)
    {
        var card = NumberOptions.Id("card", "The card's id (see `sobes cards list ITEM`).");
        var command = new Command(name, description) { card };
        command.SetAction(async (parse, ct) =>
        {
            var (_, session) = await PracticeStart.OpenAsync(context, parse, Data.Practice.SessionFilter.All, ct);
            var id = parse.GetValue(card);
            if (await session.SuspendAsync(id, suspend, ct) is null)
            {
                throw new CliException($"you have no card {id}", 3);
            }

            context.Console.MarkupLine(suspend ? $"[green]suspended[/] card {id}" : $"[green]back in practice[/] card {id}");
            return 0;
        });
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
