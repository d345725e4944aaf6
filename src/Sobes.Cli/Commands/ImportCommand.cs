using System.CommandLine;
using Sobes.Core.Library;
using Sobes.Core.Posts;
using Sobes.Data.Channels;
using Sobes.Data.Importing;
using Sobes.Import;
using Sobes.Import.Channels;
using Sobes.Import.Sample;
using Spectre.Console;

namespace Sobes.Cli.Commands;

internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders to import, or channels: @NAME, t.me/NAME, https://t.me/s/NAME or another URL serving preview pages (an existing file or folder of that name wins).", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<string?>("--format") { Description = "Force a format: " + string.Join(", ", SourceReaders.Formats) + "." };
        var sample = new Option<bool>("--sample") { Description = "Import Sobes's bundled sample channel." };
        var learner = new Option<string?>("--learner") { Description = "The learner an Anki package's review history goes to (default: the local learner)." };
        var maxRecord = NumberOptions.WholeNumber(
            "--max-record-length",
            $"The longest record a reader takes, in characters: a line, a message of a JSON export, a post of an HTML page; a longer one is reported and left out (default {SourceInfo.DefaultMaxRecordLength}).",
            SourceInfo.DefaultMaxRecordLength);
        var json = CliContext.JsonOption();
        var interval = ChannelsCommand.RequestIntervalOption();
        var command = new Command("import", "Import channel dumps and exports into the library (one transaction; re-importing changes nothing), or a channel from its public web preview (page by page).") { paths, format, sample, learner, maxRecord, interval, json };
        command.SetAction(async (parse, ct) =>
        {
            var given = parse.GetValue(paths) ?? [];
            if (parse.GetValue(maxRecord) is var cap and < 1)
            {
                throw new CliException($"--max-record-length {cap}: a record cap is a number of characters, at least 1", 2);
            }

            var useSample = parse.GetValue(sample);
            if (given.Length == 0 && !useSample)
            {
                throw new CliException("name at least one file or folder, or --sample", 2);
            }

            // A file or folder that exists is read as one, even when its name looks like a channel (@NAME).
            var files = given.Where(g => File.Exists(g) || Directory.Exists(g) || !ChannelAddress.LooksLikeChannel(g)).ToList();
            var channels = given.Except(files).ToList();
            var politeness = ChannelsCommand.Politeness(parse.GetValue(interval));
            var database = await context.OpenDatabaseAsync(parse, ct);
            var importer = new LibraryImporter(database, context.Time);
            var options = new ImportOptions(parse.GetValue(format), parse.GetValue(learner), MaxRecordLength: parse.GetValue(maxRecord));
            var reports = new List<ImportReport>();
            await WithProgressAsync(context, parse.GetValue(json), async progress =>
            {
                if (useSample)
                {
                    reports.Add(await importer.ImportStreamAsync(SampleContent.FileName, SampleContent.Open, new ImportOptions(), progress, ct));
                }

                if (files.Count > 0)
                {
                    reports.Add(await importer.ImportAsync(files, options, progress, ct));
                }

                var sync = new ChannelSync(database, importer, TimeProvider.System, new ChannelSyncOptions(politeness));
                foreach (var channel in channels)
                {
                    reports.Add(ChannelAddress.Parse(channel, out var error) is { } address
                        ? await sync.ImportAsync(address, progress, ct)
                        : new ImportReport([], false, [Diagnostic.Error(channel, 0, 0, error!)]));
                }
            });

            if (parse.GetValue(json))
            {
                context.WriteJson(reports.Select(ImportSummaryJson.From).ToList());
            }
            else
            {
                foreach (var report in reports)
                {
                    Print(context.Console, report);
                }
            }

            return reports.Any(r => r.HasErrors) ? 1 : 0;
        });
        return command;
    }

    private static async Task WithProgressAsync(CliContext context, bool quiet, Func<IProgress<ImportProgress>?, Task> work)
    {
        if (quiet || !context.Console.Profile.Capabilities.Interactive)
        {
            await work(null);
            return;
        }

        await context.Console.Progress().AutoClear(true).StartAsync(async ctx =>
        {
            var task = ctx.AddTask("importing", maxValue: 1);
            await work(new Progress<ImportProgress>(p =>
            {
                if (p.Waiting)
                {
                    task.Description = "waiting for another import to finish";
                    return;
                }

                if (p.BytesTotal == 0)
                {
                    // A channel's page: the bytes read are the pages fetched.
                    task.Description = Markup.Escape(p.Path) + $" ({p.BytesRead} pages, {p.PostsRead} posts)";
                    task.IsIndeterminate = true;
                    return;
                }

                task.Description = Markup.Escape(Path.GetFileName(p.Path)) + $" ({p.PostsRead} posts)";
                task.MaxValue = Math.Max(1, p.BytesTotal);
                task.Value = p.BytesRead;
            }));
        });
    }

    internal static void Print(IAnsiConsole console, ImportReport report)
    {
        foreach (var d in report.Diagnostics)
        {
            console.MarkupLine("[red]" + Markup.Escape(d.ToString()) + "[/]");
        }

        foreach (var s in report.Sources)
        {
            var title = s.Title is { } t ? $" — {Markup.Escape(t)}" : "";
            console.MarkupLine($"[bold]{Markup.Escape(s.Path)}[/] [grey]({s.Format})[/]{title}");
            if (s.AlreadyImported)
            {
                console.MarkupLine($"  already imported: nothing changed ({s.ItemsUnchanged} items unchanged)");
            }
            else if (!s.HasErrors)
            {
                console.MarkupLine($"  posts read {s.PostsRead}; items new {s.ItemsNew}, merged {s.ItemsMerged}{(s.ItemsUpdated > 0 ? $", updated {s.ItemsUpdated}" : "")}, unchanged {s.ItemsUnchanged}; chrome dropped {s.ChromeDropped}{(s.ReviewsImported > 0 ? $"; reviews imported {s.ReviewsImported}" : "")}");
                if (s.ByKind.Count > 0)
                {
                    console.MarkupLine("  new by kind: " + string.Join(", ", ItemKinds.All.Where(s.ByKind.ContainsKey).Select(k => $"{k.Name()} {s.ByKind[k]}")));
                }
            }

            foreach (var d in s.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info))
            {
                var color = d.Severity == DiagnosticSeverity.Error ? "red" : "yellow";
                console.MarkupLine($"  [{color}]{Markup.Escape(d.ToString())}[/]");
            }
        }

        if (report.PagesFetched > 0)
        {
            console.MarkupLine($"  pages fetched {report.PagesFetched}; posts new {report.PostsNew}");
        }

        if (report.Waited > TimeSpan.Zero)
        {
            console.MarkupLine($"[yellow]waited {report.Waited.TotalSeconds:0.0} s for another import to finish[/]");
        }

        console.MarkupLine(report.Committed
            ? $"[green]imported:[/] {report.ItemsNew} new, {report.ItemsMerged} merged, {(report.ItemsUpdated > 0 ? $"{report.ItemsUpdated} updated, " : "")}{report.ItemsUnchanged} unchanged"
            : "[red]nothing was imported:[/] the import was rolled back");
    }
}

/// <summary>The JSON form of an import summary (`sobes import --json`).</summary>
internal sealed record ImportSummaryJson(bool Committed, int PostsRead, int ItemsNew, int ItemsMerged, int ItemsUpdated, int ItemsUnchanged, IReadOnlyList<SourceSummaryJson> Sources, IReadOnlyList<string> Errors, int PagesFetched, int PostsNew)
{
    public static ImportSummaryJson From(ImportReport r) => new(
        r.Committed, r.PostsRead, r.ItemsNew, r.ItemsMerged, r.ItemsUpdated, r.ItemsUnchanged,
        r.Sources.Select(s => new SourceSummaryJson(s.Path, s.Format, s.Title, s.AlreadyImported, s.PostsRead, s.ItemsNew, s.ItemsMerged, s.ItemsUpdated, s.ItemsUnchanged, s.ChromeDropped, s.ReviewsImported,
            s.ByKind.ToDictionary(k => k.Key.Name(), k => k.Value),
            s.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).Select(d => d.ToString()).ToList())).ToList(),
        r.Diagnostics.Select(d => d.ToString()).ToList(), r.PagesFetched, r.PostsNew);
}

internal sealed record SourceSummaryJson(string Path, string Format, string? Title, bool AlreadyImported, int PostsRead, int ItemsNew, int ItemsMerged, int ItemsUpdated, int ItemsUnchanged, int ChromeDropped, int ReviewsImported, IReadOnlyDictionary<string, int> NewByKind, IReadOnlyList<string> Warnings);
