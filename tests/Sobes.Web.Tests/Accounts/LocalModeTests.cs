using System.Net;
using Sobes.Testing;
using Sobes.Web.Tests.Infrastructure;

namespace Sobes.Web.Tests.Accounts;

public sealed class LocalModeTests : IDisposable
{
    private readonly TempSqliteDatabase file = new();

    public void Dispose() => file.Dispose();

    [Fact]
    public async Task Local_mode_needs_no_login_and_practises_as_the_local_learner()
    {
        await using var app = new SobesApp(file.FilePath, sample: false);
        var client = ServerAccounts.Client(app);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/import")).StatusCode);
        var me = await client.GetJsonAsync("/api/v1/me");
        Assert.Equal("local", me.GetProperty("mode").GetString());
        Assert.Equal("local", me.GetProperty("learner").GetString());
        Assert.Equal(JsonNull, me.GetProperty("user").ValueKind);
        var html = await client.UploadAsync(("payload.json", await File.ReadAllBytesAsync(TestHttp.FixturePath("payload.json"))));
        Assert.Contains("payload.json", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Account_pages_do_not_exist_in_local_mode()
    {
        await using var app = new SobesApp(file.FilePath, sample: false);
        var client = ServerAccounts.Client(app);

        foreach (var page in new[] { "/login", "/register", "/account", "/logout" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(page)).StatusCode);
        }

        Assert.DoesNotContain("login-link", await client.GetStringAsync("/"), StringComparison.Ordinal);
    }

    private const System.Text.Json.JsonValueKind JsonNull = System.Text.Json.JsonValueKind.Null;
}
