using System.CommandLine;
using System.Globalization;
using Sobes.Data.Channels;
using Sobes.Data.Importing;
using Sobes.Data.Storage;
using Sobes.Import.Channels;
using Spectre.Console;

namespace Sobes.Cli.Commands;

/// <summary>`sobes channels add|list|remove|sync`: the channels the library follows through their public web previews.</summary>
internal static class ChannelsCommand
{
    /// <summary>The environment setting of the least time between two requests to a preview, in seconds.</summary>
    public const string RequestIntervalVariable = "SOBES_REQUEST_INTERVAL";

    public static Command Create(CliContext context)
    {
        var command = new Command("channels", "Channels followed through their public web preview (t.me/s/NAME).");
        command.Subcommands.Add(Add(context));
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Remove(context));
        command.Subcommands.Add(Sync(context));
        return command;
    }

    public static Option<double?> RequestIntervalOption() => NumberOptions.OptionalNumber(
        "--request-interval", $"Least seconds between two requests to a channel's preview (default: {RequestIntervalVariable}, else 1).");

    /// <summary>The politeness of a run: the option, else the environment setting, else one request a second.</summary>
    public static ChannelPoliteness Politeness(double? seconds)
    {
        var value = seconds;
        if (value is null && Environment.GetEnvironmentVariable(RequestIntervalVariable) is { Length: > 0 } setting)
        {
            value = double.TryParse(setting, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : throw new CliException($"{RequestIntervalVariable}='{setting}' is not a number of seconds", 2);
        }

        if (value is { } s && (s < 0 || s > 3600 || double.IsNaN(s)))
        {
            throw new CliException($"the request interval {s.ToString(CultureInfo.InvariantCulture)} s is outside 0–3600", 2);
        }

        return value is { } chosen ? new ChannelPoliteness(TimeSpan.FromSeconds(chosen)) : ChannelPoliteness.Default;
    }

    private static Command Add(CliContext context)
    {
        var channel = new Argument<string>("CHANNEL") { Description = "@NAME, t.me/NAME, https://t.me/s/NAME or another URL serving preview pages." };
        var interval = NumberOptions.OptionalWholeNumber("--interval", "Minutes between the web app's background syncs of this channel (default: the app's interval).");
        var command = new Command("add", "Follows a channel: the web app syncs it in the background; `sobes channels sync` syncs it now.") { channel, interval };
        command.SetAction(async (parse, ct) =>
        {
            var address = ChannelAddress.Parse(parse.GetValue(channel)!, out var error) ?? throw new CliException(error!, 2);
            if (parse.GetValue(interval) is < 1)
            {
                throw new CliException("--interval is at least 1 minute", 2);
            }

            var database = await context.OpenDatabaseAsync(parse, ct);
            await using var db = database.CreateContext();
            var added = await FollowedChannels.AddAsync(db, address, parse.GetValue(interval), context.Time.GetUtcNow(), ct);
            context.Console.MarkupLine($"following [bold]{Markup.Escape(added.Name)}[/] ({Markup.Escape(added.Url)})");
            return 0;
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var json = CliContext.JsonOption();
        var command = new Command("list", "Lists the followed channels with their cursors and last sync.") { json };
        command.SetAction(async (parse, ct) =>
        {
            var database = await context.OpenDatabaseAsync(parse, ct);
            await using var db = database.CreateContext();
            var channels = await FollowedChannels.ListAsync(db, ct);
            if (parse.GetValue(json))
            {
                context.WriteJson(new { channels = channels.Select(ChannelView.From).ToList() });
                return 0;
            }

            if (channels.Count == 0)
            {
                context.Console.MarkupLine("no channels followed; add one with [bold]sobes channels add @NAME[/]");
                return 0;
            }

            var table = new Table().AddColumns("name", "url", "interval", "posts", "last sync", "result");
            foreach (var c in channels)
            {
                table.AddRow(
                    Markup.Escape(c.Name),
                    Markup.Escape(c.Url),
                    c.IntervalMinutes is { } m ? $"{m} min" : "default",
                    c.NewestPost is { } newest ? $"{c.OldestPost}–{newest}{(c.ReachedBeginning ? "" : " …")}" : "—",
                    c.LastSyncAt is { } at ? at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "never",
                    Markup.Escape(c.LastSyncResult ?? ""));
            }

            context.Console.Write(table);
            return 0;
        });
        return command;
    }

    private static Command Remove(CliContext context)
    {
        var channel = new Argument<string>("CHANNEL") { Description = "The channel's name or address." };
        var command = new Command("remove", "Stops following a channel; the items it brought stay in the library.") { channel };
        command.SetAction(async (parse, ct) =>
        {
            var name = parse.GetValue(channel)!;
            var database = await context.OpenDatabaseAsync(parse, ct);
            await using var db = database.CreateContext();
            if (!await FollowedChannels.RemoveAsync(db, name, ct))
            {
                throw new CliException($"no channel '{name}'", 3);
            }

            context.Console.MarkupLine($"no longer following [bold]{Markup.Escape(name)}[/]");
            return 0;
        });
        return command;
    }

    private static Command Sync(CliContext context)
    {
        var channel = new Argument<string?>("CHANNEL") { Description = "The channel to sync (default: every followed channel).", Arity = ArgumentArity.ZeroOrOne };
        var interval = RequestIntervalOption();
        var json = CliContext.JsonOption();
        var command = new Command("sync", "Syncs followed channels now: new posts, edits in the last pages, and history not reached yet.") { channel, interval, json };
        command.SetAction(async (parse, ct) =>
        {
            var politeness = Politeness(parse.GetValue(interval));
            var database = await context.OpenDatabaseAsync(parse, ct);
            var chosen = await ChosenAsync(database, parse.GetValue(channel), ct);
            var sync = new ChannelSync(database, new LibraryImporter(database, context.Time), TimeProvider.System, new ChannelSyncOptions(politeness));
            var reports = new List<ImportReport>();
            foreach (var c in chosen)
            {
                reports.Add(await sync.SyncAsync(c, cancellationToken: ct));
            }

            if (parse.GetValue(json))
            {
                context.WriteJson(reports.Select(ImportSummaryJson.From).ToList());
            }
            else
            {
                if (chosen.Count == 0)
                {
                    context.Console.MarkupLine("no channels followed; add one with [bold]sobes channels add @NAME[/]");
                }

                foreach (var report in reports)
                {
                    ImportCommand.Print(context.Console, report);
                }
            }

            return reports.Any(r => r.HasErrors) ? 1 : 0;
        });
        return command;
    }

    private static async Task<IReadOnlyList<ChannelRecord>> ChosenAsync(SobesDatabase database, string? name, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        if (name is null)
        {
            return await FollowedChannels.ListAsync(db, cancellationToken);
        }

        return await FollowedChannels.FindAsync(db, name, cancellationToken) is { } found ? [found] : throw new CliException($"no channel '{name}'; add it with sobes channels add", 3);
    }
}
