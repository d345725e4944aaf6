using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Sobes.Testing;
using Spectre.Console.Testing;

namespace Sobes.Cli.Tests.Accounts;

public sealed class UsersCommandTests : IDisposable
{
    private readonly TempSqliteDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task Users_add_creates_an_admin_and_a_learner_and_list_shows_their_roles()
    {
        Assert.Equal(0, (await RunAsync("correct horse battery\n", "users", "add", "root", "--admin", "--password-stdin", "--db", database.FilePath)).Exit);
        Assert.Equal(0, (await RunAsync("another long password\n", "users", "add", "ann", "--password-stdin", "--db", database.FilePath)).Exit);

        var (exit, json) = await RunAsync("", "users", "list", "--json", "--db", database.FilePath);
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(json);
        var users = doc.RootElement.GetProperty("users").EnumerateArray().ToDictionary(u => u.GetProperty("name").GetString()!, u => u.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ToList());
        Assert.Equal(["admin", "learner"], users["root"]);
        Assert.Equal(["learner"], users["ann"]);
    }

    [Fact]
    public async Task Users_add_refuses_a_short_password_and_a_taken_name()
    {
        var (weak, output) = await RunAsync("short\n", "users", "add", "ann", "--password-stdin", "--db", database.FilePath);
        Assert.Equal(1, weak);
        Assert.Contains("at least 10 characters", output, StringComparison.Ordinal);

        Assert.Equal(0, (await RunAsync("long enough password\n", "users", "add", "ann", "--password-stdin", "--db", database.FilePath)).Exit);
        var (taken, again) = await RunAsync("long enough password\n", "users", "add", "ann", "--password-stdin", "--db", database.FilePath);
        Assert.Equal(1, taken);
        Assert.Contains("already taken", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_token_prints_a_token_that_finds_its_user_and_refuses_an_unknown_user()
    {
        Assert.Equal(0, (await RunAsync("long enough password\n", "users", "add", "ann", "--password-stdin", "--db", database.FilePath)).Exit);

        var (exit, output) = await RunAsync("", "users", "token", "ann", "--label", "load test", "--db", database.FilePath);
        Assert.Equal(0, exit);
        var token = output.Trim();
        Assert.StartsWith("sobes_", token, StringComparison.Ordinal);
        var db = await Sobes.Data.Storage.SobesDatabase.OpenAsync(Sobes.Data.Storage.DatabaseLocation.Sqlite(database.FilePath));
        await using (var context = db.CreateContext())
        {
            var record = await Sobes.Data.Accounts.ApiTokens.FindAsync(context, token);
            Assert.NotNull(record);
            Assert.Equal("load test", record.Name);
        }

        var (unknown, message) = await RunAsync("", "users", "token", "bob", "--db", database.FilePath);
        Assert.Equal(1, unknown);
        Assert.Contains("no user bob", message, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output)> RunAsync(string input, params string[] args)
    {
        var console = new TestConsole().Width(200);
        var exit = await SobesCli.RunAsync(args, console, new FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero)), new StringReader(input));
        return (exit, console.Output);
    }
}
