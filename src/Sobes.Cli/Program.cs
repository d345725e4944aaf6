using Spectre.Console;

return await Sobes.Cli.SobesCli.RunAsync(args, AnsiConsole.Console, TimeProvider.System);
