using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Sobes.Data.Accounts;
using Sobes.Data.Storage;
using Spectre.Console;

namespace Sobes.Cli.Commands;

/// <summary>`sobes users add NAME [--admin]` and `sobes users list`: the server mode's accounts, from the machine itself.</summary>
internal static class UsersCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("users", "Accounts of the web app's server mode.");
        command.Subcommands.Add(Add(context));
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Token(context));
        return command;
    }

    private static Command Add(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "The user name: Latin letters, digits and - . _ @ +, up to 64 characters." };
        var admin = new Option<bool>("--admin") { Description = "Make the account an admin (import and edit), not only a learner." };
        var stdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of standard input instead of asking." };
        var command = new Command("add", "Creates an account with a learner of its own.") { name, admin, stdin };
        command.SetAction(async (parse, ct) =>
        {
            var password = parse.GetValue(stdin)
                ? context.Input.ReadLine() ?? throw new CliException("no password on standard input", 2)
                : context.Console.Prompt(new TextPrompt<string>("Password:").Secret());
            var database = await context.OpenDatabaseAsync(parse, ct);
            await using var services = OfflineAccounts.Create(database, context.Time);
            await using var scope = services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(parse.GetValue(name)!, password, parse.GetValue(admin), ct);
            if (!result.Succeeded)
            {
                throw new CliException(string.Join(" ", result.Errors.Select(e => e.Description)));
            }

            context.Console.MarkupLine($"created [bold]{Markup.Escape(parse.GetValue(name)!)}[/] ({(parse.GetValue(admin) ? "admin, learner" : "learner")})");
            return 0;
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var json = CliContext.JsonOption();
        var command = new Command("list", "Lists the accounts with their roles.") { json };
        command.SetAction(async (parse, ct) =>
        {
            var database = await context.OpenDatabaseAsync(parse, ct);
            await using var services = OfflineAccounts.Create(database, context.Time);
            await using var scope = services.CreateAsyncScope();
            var users = await scope.ServiceProvider.GetRequiredService<UserAccounts>().ListAsync(ct);
            if (parse.GetValue(json))
            {
                context.WriteJson(new { users = users.Select(u => new { name = u.User.UserName, roles = u.Roles, created_at = u.User.CreatedAt, locked_until = u.User.LockoutEnd }) });
                return 0;
            }

            var table = new Table().AddColumns("user", "roles", "created");
            foreach (var (user, roles) in users)
            {
                table.AddRow(Markup.Escape(user.UserName ?? ""), string.Join(", ", roles), user.CreatedAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }

            context.Console.Write(table);
            return 0;
        });
        return command;
    }

    private static Command Token(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "The user the token acts as." };
        var label = new Option<string>("--label") { Description = "What the token is for, as the account page lists it.", DefaultValueFactory = _ => "cli" };
        var command = new Command("token", "Issues an API token for a user and prints it once (for scripts; the account page does the same).") { name, label };
        command.SetAction(async (parse, ct) =>
        {
            var database = await context.OpenDatabaseAsync(parse, ct);
            await using var services = OfflineAccounts.Create(database, context.Time);
            await using var scope = services.CreateAsyncScope();
            var token = await scope.ServiceProvider.GetRequiredService<UserAccounts>().IssueTokenAsync(parse.GetValue(name)!, parse.GetValue(label)!, ct)
                ?? throw new CliException($"no user {parse.GetValue(name)}");
            context.WriteLine(token);
            return 0;
        });
        return command;
    }
}
