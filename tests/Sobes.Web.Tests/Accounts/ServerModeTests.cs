using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Sobes.Data.Storage;
using Sobes.Testing;
using Sobes.Web.Tests.Infrastructure;

namespace Sobes.Web.Tests.Accounts;

public sealed class ServerModeTests : IDisposable
{
    private readonly TempSqliteDatabase file = new();

    public void Dispose() => file.Dispose();

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_login_and_the_api_answers_401()
    {
        await using var app = SobesApp.ServerMode(file.FilePath);
        var client = ServerAccounts.Client(app);

        foreach (var page in new[] { "/", "/stats", "/import", "/account" })
        {
            using var response = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/login", ServerAccounts.PathOf(response.Headers.Location));
            Assert.Contains("ReturnUrl=", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        using var api = await client.GetAsync("/api/v1/stats");
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/login")).StatusCode);
    }

    [Fact]
    public async Task A_learner_cannot_import_and_an_admin_can()
    {
        await using var app = SobesApp.ServerMode(file.FilePath);
        await ServerAccounts.CreateAsync(app, "admin", admin: true);
        await ServerAccounts.CreateAsync(app, "learner");

        var learner = await ServerAccounts.SignedInAsync(app, "learner");
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync("/import")).StatusCode);
        using var upload = new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(TestHttp.FixturePath("payload.json"))), "files", "payload.json" } };
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.PostAsync("/import", upload)).StatusCode);
        using var learnerHome = await learner.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, learnerHome.StatusCode);
        Assert.DoesNotContain("href=\"/import\"", await learnerHome.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var admin = await ServerAccounts.SignedInAsync(app, "admin");
        Assert.Contains("href=\"/import\"", await admin.GetStringAsync("/"), StringComparison.Ordinal);
        var html = await admin.UploadAsync(("payload.json", await File.ReadAllBytesAsync(TestHttp.FixturePath("payload.json"))));
        Assert.Contains("payload.json", html, StringComparison.Ordinal);
        var stats = await learner.GetJsonAsync("/api/v1/stats");
        Assert.Equal(1, stats.GetProperty("sources").GetInt32());
    }

    [Fact]
    public async Task Each_user_practises_as_a_learner_of_their_own()
    {
        await using var app = SobesApp.ServerMode(file.FilePath);
        await ServerAccounts.CreateAsync(app, "alice");
        await ServerAccounts.CreateAsync(app, "bob");

        var alice = await (await ServerAccounts.SignedInAsync(app, "alice")).GetJsonAsync("/api/v1/me");
        var bob = await (await ServerAccounts.SignedInAsync(app, "bob")).GetJsonAsync("/api/v1/me");

        Assert.Equal("alice", alice.GetProperty("user").GetString());
        Assert.Equal("user:alice", alice.GetProperty("learner").GetString());
        Assert.Equal("user:bob", bob.GetProperty("learner").GetString());
        Assert.NotEqual(alice.GetProperty("learner_id").GetInt64(), bob.GetProperty("learner_id").GetInt64());
        Assert.Equal(["learner"], alice.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task The_first_registered_user_is_admin_and_later_ones_are_learners()
    {
        await using var app = SobesApp.ServerMode(file.FilePath);

        var first = ServerAccounts.Client(app);
        using (var response = await Register(first, "first"))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        var second = ServerAccounts.Client(app);
        using (var response = await Register(second, "second"))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        Assert.Equal(["admin", "learner"], (await first.GetJsonAsync("/api/v1/me")).GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["learner"], (await second.GetJsonAsync("/api/v1/me")).GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/import")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await second.GetAsync("/import")).StatusCode);
    }

    [Fact]
    public async Task A_weak_password_or_a_taken_name_is_refused_with_the_reason()
    {
        await using var app = SobesApp.ServerMode(file.FilePath);
        await ServerAccounts.CreateAsync(app, "taken");
        var client = ServerAccounts.Client(app);

        using var weak = await ServerAccounts.PostFormAsync(client, "/register?lang=en", "/register", new() { ["UserName"] = "newbie", ["Password"] = "short", ["Confirm"] = "short" });
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        var weakPage = await weak.Content.ReadAsStringAsync();
        Assert.True(weakPage.Contains("at least 10 characters", StringComparison.Ordinal), weakPage);

        using var taken = await Register(client, "taken");
        Assert.Contains("This user name is taken.", await taken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Closed_registration_refuses_the_form_and_the_post()
    {
        await using var app = SobesApp.ServerMode(file.FilePath, more: ("Sobes:Registration", "closed"));
        var client = ServerAccounts.Client(app);

        using var page = await client.GetAsync("/register");
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("registration-closed", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var token = await client.AntiforgeryTokenAsync("/login");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__csrf"] = token, ["UserName"] = "intruder", ["Password"] = ServerAccounts.Password, ["Confirm"] = ServerAccounts.Password });
        using var post = await client.PostAsync("/register", form);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);

        using var scope = app.Services.CreateScope();
        Assert.Empty(scope.ServiceProvider.GetRequiredService<SobesDbContext>().Users);
    }

    [Fact]
    public async Task Sign_in_attempts_past_the_limit_get_429()
    {
        await using var app = SobesApp.ServerMode(file.FilePath, more: ("Sobes:RateLimits:LoginPerMinute", "3"));
        await ServerAccounts.CreateAsync(app, "alice");
        var client = ServerAccounts.Client(app);

        for (var i = 0; i < 3; i++)
        {
            using var attempt = await ServerAccounts.PostLoginAsync(client, "alice", "wrong password " + i);
            Assert.Equal(HttpStatusCode.OK, attempt.StatusCode);
        }

        using var refused = await ServerAccounts.PostLoginAsync(client, "alice", ServerAccounts.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter is not null);
        Assert.Contains("Too many attempts", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_request_reads_its_learner_with_the_token_so_the_next_card_takes_six_statements()
    {
        await using var app = SobesApp.ServerMode(file.FilePath, sample: true);
        await ServerAccounts.CreateAsync(app, "alice");
        var alice = ServerAccounts.BearerClient(app, await ServerAccounts.IssueTokenAsync(app, "alice"));
        using (var first = await alice.GetAsync("/api/v1/cards/next"))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode); // makes alice's cards and marks the token used
        }

        using var traffic = DatabaseTraffic.Record(file.FilePath);
        using var next = await alice.GetAsync("/api/v1/cards/next");

        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        // The search index's follower reads the change log meanwhile; the request itself sends: the token with its user,
        // roles and learner; the sync mark; due cards, today's answers and new cards; the card shown.
        var request = traffic.Commands.Where(c => !c.Contains("item_changes", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, request.Count);
        Assert.DoesNotContain(request, c => c.Contains("\"learners\"", StringComparison.Ordinal) && !c.Contains("\"api_tokens\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_token_answer_reads_its_card_once_so_it_takes_five_statements_on_sqlite()
    {
        await using var app = SobesApp.ServerMode(file.FilePath, sample: true);
        await ServerAccounts.CreateAsync(app, "alice");
        var alice = ServerAccounts.BearerClient(app, await ServerAccounts.IssueTokenAsync(app, "alice"));
        long id;
        using (var next = await alice.GetAsync("/api/v1/cards/next"))
        {
            using var card = System.Text.Json.JsonDocument.Parse(await next.Content.ReadAsStringAsync());
            id = card.RootElement.GetProperty("card").GetProperty("id").GetInt64();
        }

        using var traffic = DatabaseTraffic.Record(file.FilePath);
        using var answer = await alice.PostAsJsonAsync($"/api/v1/cards/{id}/answer", new { rating = 3, duration_ms = 4000 });

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        // The token with its user, roles and learner; the card; the learner's due load; the log entry; the schedule.
        var request = traffic.Commands.Where(c => !c.Contains("item_changes", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, request.Count);
        Assert.Single(request, c => c.Contains("FROM \"cards\"", StringComparison.Ordinal) && c.Contains("\"items\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Answers_past_the_limit_get_429_for_that_user_only()
    {
        await using var app = SobesApp.ServerMode(file.FilePath, more: ("Sobes:RateLimits:AnswersPerMinute", "2"));
        await ServerAccounts.CreateAsync(app, "alice");
        await ServerAccounts.CreateAsync(app, "bob");
        var alice = ServerAccounts.BearerClient(app, await ServerAccounts.IssueTokenAsync(app, "alice"));
        var bob = ServerAccounts.BearerClient(app, await ServerAccounts.IssueTokenAsync(app, "bob"));

        for (var i = 0; i < 2; i++)
        {
            using var undo = await alice.PostAsync("/api/v1/cards/undo", null);
            Assert.Equal(HttpStatusCode.NotFound, undo.StatusCode);
        }

        using var refused = await alice.PostAsync("/api/v1/cards/undo", null);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        using var reading = await alice.GetAsync("/api/v1/progress");
        Assert.Equal(HttpStatusCode.OK, reading.StatusCode);
        using var other = await bob.PostAsync("/api/v1/cards/undo", null);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account()
    {
        await using var app = SobesApp.ServerMode(file.FilePath);
        await ServerAccounts.CreateAsync(app, "alice");
        var client = ServerAccounts.Client(app);

        for (var i = 0; i < 4; i++)
        {
            using var attempt = await ServerAccounts.PostLoginAsync(client, "alice", "wrong password " + i);
            Assert.Contains("Wrong user name or password", await attempt.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var fifth = await ServerAccounts.PostLoginAsync(client, "alice", "wrong password 4");
        Assert.Contains("locked for 15 minutes", await fifth.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var locked = await ServerAccounts.PostLoginAsync(client, "alice", ServerAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("locked for 15 minutes", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        await using var app = SobesApp.ServerMode(file.FilePath);
        await ServerAccounts.CreateAsync(app, "alice");
        var client = ServerAccounts.Client(app);
        await client.GetAsync("/login");

        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "alice", ["Password"] = ServerAccounts.Password });
        using var response = await client.PostAsync("/login", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task The_sign_in_cookie_is_http_only_and_same_site_and_sign_out_ends_it()
    {
        await using var app = SobesApp.ServerMode(file.FilePath);
        await ServerAccounts.CreateAsync(app, "alice");
        var client = ServerAccounts.Client(app);

        using var login = await ServerAccounts.PostLoginAsync(client, "alice", ServerAccounts.Password);
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("sobes-auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);

        using var logout = await ServerAccounts.PostFormAsync(client, "/account", "/logout", []);
        Assert.Equal("/login", ServerAccounts.PathOf(logout.Headers.Location));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/account")).StatusCode);
    }

    [Fact]
    public async Task A_bearer_token_made_on_the_account_page_works_until_revoked()
    {
        await using var app = SobesApp.ServerMode(file.FilePath);
        await ServerAccounts.CreateAsync(app, "alice");
        var browser = await ServerAccounts.SignedInAsync(app, "alice");

        using var created = await ServerAccounts.PostFormAsync(browser, "/account", "/account?handler=Create", new() { ["name"] = "laptop" });
        var html = await created.Content.ReadAsStringAsync();
        var token = ServerAccounts.NewToken(html);
        Assert.NotNull(token);
        Assert.DoesNotContain(token, await browser.GetStringAsync("/account"), StringComparison.Ordinal);

        var api = ServerAccounts.BearerClient(app, token);
        var me = await api.GetJsonAsync("/api/v1/me");
        Assert.Equal("alice", me.GetProperty("user").GetString());
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/stats")).StatusCode);

        using (var scope = app.Services.CreateScope())
        {
            var stored = scope.ServiceProvider.GetRequiredService<SobesDbContext>().ApiTokens.Single();
            Assert.Equal(Sobes.Data.Accounts.ApiTokens.Hash(token), stored.Hash);
            Assert.DoesNotContain(stored.Hash, token, StringComparison.Ordinal);
            Assert.NotNull(stored.LastUsedAt);

            using var revoke = await ServerAccounts.PostFormAsync(browser, "/account", "/account?handler=Revoke", new() { ["id"] = stored.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);
        }

        using var refused = await api.GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await ServerAccounts.BearerClient(app, token + "x").GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await ServerAccounts.BearerClient(app, "sobes_000000000000_guess").GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task A_token_carries_its_owners_roles_and_no_more()
    {
        await using var app = SobesApp.ServerMode(file.FilePath);
        await ServerAccounts.CreateAsync(app, "admin", admin: true);
        await ServerAccounts.CreateAsync(app, "learner");

        var admin = ServerAccounts.BearerClient(app, await ServerAccounts.IssueTokenAsync(app, "admin"));
        var learner = ServerAccounts.BearerClient(app, await ServerAccounts.IssueTokenAsync(app, "learner"));

        Assert.Equal(["admin", "learner"], (await admin.GetJsonAsync("/api/v1/me")).GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["learner"], (await learner.GetJsonAsync("/api/v1/me")).GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync("/import")).StatusCode);
    }

    [Fact]
    public async Task A_user_cannot_revoke_another_users_token()
    {
        await using var app = SobesApp.ServerMode(file.FilePath);
        await ServerAccounts.CreateAsync(app, "alice");
        await ServerAccounts.CreateAsync(app, "mallory");
        var aliceToken = await ServerAccounts.IssueTokenAsync(app, "alice");
        long aliceTokenId;
        using (var scope = app.Services.CreateScope())
        {
            aliceTokenId = scope.ServiceProvider.GetRequiredService<SobesDbContext>().ApiTokens.Single().Id;
        }

        var mallory = await ServerAccounts.SignedInAsync(app, "mallory");
        using var revoke = await ServerAccounts.PostFormAsync(mallory, "/account", "/account?handler=Revoke", new() { ["id"] = aliceTokenId.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.NotFound, revoke.StatusCode);
        Assert.DoesNotContain("class=\"tokens\"", await mallory.GetStringAsync("/account"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await ServerAccounts.BearerClient(app, aliceToken).GetAsync("/api/v1/me")).StatusCode);
    }

    private static Task<HttpResponseMessage> Register(HttpClient client, string name) =>
        ServerAccounts.PostFormAsync(client, "/register?lang=en", "/register", new() { ["UserName"] = name, ["Password"] = ServerAccounts.Password, ["Confirm"] = ServerAccounts.Password });
}
