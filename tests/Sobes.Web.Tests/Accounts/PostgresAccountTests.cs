using System.Net;
using Sobes.Testing;
using Sobes.Web.Tests.Infrastructure;

namespace Sobes.Web.Tests.Accounts;

public sealed class PostgresAccountTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    [SkippableFact]
    public async Task On_postgres_a_learner_cannot_import_an_admin_can_and_each_has_their_own_learner()
    {
        await using var app = SobesApp.ServerMode(await server.CreateDatabaseAsync());
        await ServerAccounts.CreateAsync(app, "admin", admin: true);
        await ServerAccounts.CreateAsync(app, "learner");

        var anonymous = ServerAccounts.Client(app);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/items")).StatusCode);

        var learner = await ServerAccounts.SignedInAsync(app, "learner");
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync("/import")).StatusCode);
        var admin = await ServerAccounts.SignedInAsync(app, "admin");
        var html = await admin.UploadAsync(("payload.json", await File.ReadAllBytesAsync(TestHttp.FixturePath("payload.json"))));
        Assert.Contains("payload.json", html, StringComparison.Ordinal);

        var mine = await learner.GetJsonAsync("/api/v1/me");
        var theirs = await admin.GetJsonAsync("/api/v1/me");
        Assert.Equal("user:learner", mine.GetProperty("learner").GetString());
        Assert.NotEqual(mine.GetProperty("learner_id").GetInt64(), theirs.GetProperty("learner_id").GetInt64());
    }

    [SkippableFact]
    public async Task On_postgres_a_bearer_token_works_until_revoked()
    {
        await using var app = SobesApp.ServerMode(await server.CreateDatabaseAsync());
        await ServerAccounts.CreateAsync(app, "alice");
        var browser = await ServerAccounts.SignedInAsync(app, "alice");

        using var created = await ServerAccounts.PostFormAsync(browser, "/account", "/account?handler=Create", new() { ["name"] = "script" });
        var token = ServerAccounts.NewToken(await created.Content.ReadAsStringAsync());
        Assert.NotNull(token);
        var api = ServerAccounts.BearerClient(app, token);
        Assert.Equal("alice", (await api.GetJsonAsync("/api/v1/me")).GetProperty("user").GetString());

        var id = System.Text.RegularExpressions.Regex.Match(await browser.GetStringAsync("/account"), "name=\"id\" value=\"(\\d+)\"").Groups[1].Value;
        using var revoke = await ServerAccounts.PostFormAsync(browser, "/account", "/account?handler=Revoke", new() { ["id"] = id });
        Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/me")).StatusCode);
    }
}
