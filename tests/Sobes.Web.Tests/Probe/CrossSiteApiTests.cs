using System.Net;
using Sobes.Testing;
using Sobes.Web.Tests.Accounts;
using Sobes.Web.Tests.Infrastructure;

namespace Sobes.Web.Tests.Probe;

/// <summary>
/// Any page a learner visits could post to the API with the learner's cookie: state-changing API requests signed in by
/// cookie must come from Sobes's own pages; API tokens (which a browser never adds by itself) are unaffected.
/// </summary>
public sealed class CrossSiteApiTests : IDisposable
{
    private readonly TempSqliteDatabase file = new();

    public void Dispose() => file.Dispose();

    [Theory]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    [InlineData("Origin", "https://evil.example")]
    public async Task A_cross_site_undo_with_the_learners_cookie_is_refused(string header, string value)
    {
        await using var app = SobesApp.ServerMode(file.FilePath, sample: true);
        await ServerAccounts.CreateAsync(app, "learner");
        var learner = await ServerAccounts.SignedInAsync(app, "learner");

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/cards/undo");
        request.Headers.Add(header, value);
        using var response = await learner.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_cross_site_edit_with_an_editors_cookie_is_refused()
    {
        await using var app = SobesApp.ServerMode(file.FilePath, sample: true);
        await ServerAccounts.CreateAsync(app, "editor", admin: true);
        var editor = await ServerAccounts.SignedInAsync(app, "editor");

        using var request = new HttpRequestMessage(HttpMethod.Patch, "/api/v1/items/1") { Content = new StringContent("{\"title\":\"pwned\"}", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("Sec-Fetch-Site", "cross-site");
        using var response = await editor.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_same_request_from_sobes_own_page_or_with_an_api_token_goes_through()
    {
        await using var app = SobesApp.ServerMode(file.FilePath, sample: true);
        await ServerAccounts.CreateAsync(app, "learner");
        var learner = await ServerAccounts.SignedInAsync(app, "learner");
        var bearer = ServerAccounts.BearerClient(app, await ServerAccounts.IssueTokenAsync(app, "learner"));

        using var own = new HttpRequestMessage(HttpMethod.Post, "/api/v1/cards/undo");
        own.Headers.Add("Sec-Fetch-Site", "same-origin");
        using var fromPage = await learner.SendAsync(own);
        using var token = new HttpRequestMessage(HttpMethod.Post, "/api/v1/cards/undo");
        token.Headers.Add("Sec-Fetch-Site", "cross-site");
        using var withToken = await bearer.SendAsync(token);

        // Nothing to undo yet: the request reached the endpoint.
        Assert.Equal(HttpStatusCode.NotFound, fromPage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, withToken.StatusCode);
    }
}
