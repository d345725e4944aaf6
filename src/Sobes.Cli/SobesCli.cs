using System.CommandLine;
using Sobes.Cli.Commands;
using Spectre.Console;

namespace Sobes.Cli;

/// <summary>The `sobes` command line. Every command writes through the given console, so tests render to a TestConsole.</summary>
internal static class SobesCli
{
    public static async Task<int> RunAsync(string[] args, IAnsiConsole console, TimeProvider time, TextReader? input = null)
    {
        console = new SafeConsole(console);
        var context = new CliContext(console, time, input ?? Console.In);
        var root = new RootCommand("Sobes: a study system for machine-learning and data-science interviews.");
        root.Options.Add(CliContext.DbOption);
        root.Subcommands.Add(ImportCommand.Create(context));
        root.Subcommands.Add(ChannelsCommand.Create(context));
        root.Subcommands.Add(ListCommand.Create(context));
        root.Subcommands.Add(ShowCommand.Create(context));
        root.Subcommands.Add(SearchCommand.Create(context));
        root.Subcommands.Add(SimilarCommand.Create(context));
        root.Subcommands.Add(StatsCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        root.Subcommands.Add(NotesCommand.Create(context));
        root.Subcommands.Add(MetricsCommand.Create(context));
        root.Subcommands.Add(ProblemsCommand.Create(context));
        root.Subcommands.Add(UsersCommand.Create(context));
        foreach (var editing in EditCommands.Create(context))
        {
            root.Subcommands.Add(editing);
        }

        foreach (var owning in OwnershipCommands.Create(context).Concat(ReviewCommands.Create(context)))
        {
            root.Subcommands.Add(owning);
        }

        foreach (var extra in ExtraCommands.Create(context))
        {
            root.Subcommands.Add(extra);
        }

        // No response files: "@name" is a channel (or a file of that name), never a file of arguments.
        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        var config = new InvocationConfiguration { Output = new ConsoleWriter(console), Error = new ConsoleWriter(console), EnableDefaultExceptionHandler = false };
        try
        {
            return await parse.InvokeAsync(config);
        }
        catch (CliException e)
        {
            console.MarkupLine("[red]error:[/] " + Markup.Escape(e.Message));
            return e.ExitCode;
        }
    }
}

/// <summary>An expected failure the CLI reports as a message and an exit code, not a stack trace.</summary>
internal sealed class CliException(string message, int exitCode = 1) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}

/// <summary>Lets System.CommandLine's own output (help, parse errors) go through the same console.</summary>
internal sealed class ConsoleWriter(IAnsiConsole console) : TextWriter
{
    public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

    public override void Write(char value)
    {
        // Parse errors echo what was typed, which may hold control characters.
        if (!SafeConsole.IsUnsafe(value))
        {
            console.Profile.Out.Writer.Write(value);
        }
    }

    public override void Write(string? value) => console.Profile.Out.Writer.Write(value is null ? null : SafeConsole.Clean(value));

    public override void WriteLine(string? value) => console.Profile.Out.Writer.WriteLine(value is null ? null : SafeConsole.Clean(value));
}
