using System.Net;
using Sobes.Testing;
using Sobes.Web.Tests.Accounts;
using Sobes.Web.Tests.Infrastructure;

namespace Sobes.Web.Tests.Probe;

/// <summary>Sign-out ends the session for good; a lockout against password guessing leaves API tokens working.</summary>
public sealed class AccountProbeTests : IDisposable
{
    private readonly TempSqliteDatabase file = new();

    public void Dispose() => file.Dispose();

    [Fact]
    public async Task The_sign_in_cookie_no_longer_works_after_signing_out()
    {
        await using var app = SobesApp.ServerMode(file.FilePath);
        await ServerAccounts.CreateAsync(app, "alice");
        var jar = new CookieContainer();
        var client = new HttpClient(new CookieJar(jar) { InnerHandler = app.Server.CreateHandler() }) { BaseAddress = app.Server.BaseAddress };
        using (var signedIn = await ServerAccounts.PostLoginAsync(client, "alice", ServerAccounts.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        var cookie = jar.GetCookieHeader(app.Server.BaseAddress);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/stats")).StatusCode);

        using var signedOut = await ServerAccounts.PostFormAsync(client, "/logout", "/logout", []);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        // A copy of the cookie taken before signing out (as a thief would hold it).
        var stolen = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        stolen.DefaultRequestHeaders.Add("Cookie", cookie);
        using var replay = await stolen.GetAsync("/api/v1/stats");
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_sign_in_but_the_accounts_api_token_still_works()
    {
        await using var app = SobesApp.ServerMode(file.FilePath);
        await ServerAccounts.CreateAsync(app, "alice");
        var token = ServerAccounts.BearerClient(app, await ServerAccounts.IssueTokenAsync(app, "alice"));
        var client = ServerAccounts.Client(app);

        for (var i = 0; i < 5; i++)
        {
            using var attempt = await ServerAccounts.PostLoginAsync(client, "alice", "wrong password " + i);
        }

        using var locked = await ServerAccounts.PostLoginAsync(client, "alice", ServerAccounts.Password);
        Assert.Contains("locked for 15 minutes", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var api = await token.GetAsync("/api/v1/stats");
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
    }

    /// <summary>Keeps cookies in a container the test can read.</summary>
    private sealed class CookieJar(CookieContainer cookies) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var uri = request.RequestUri!;
            if (cookies.GetCookieHeader(uri) is { Length: > 0 } header)
            {
                request.Headers.Add("Cookie", header);
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var set))
            {
                foreach (var value in set)
                {
                    cookies.SetCookies(uri, value);
                }
            }

            return response;
        }
    }
}
