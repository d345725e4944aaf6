using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Sobes.Data.Accounts;
using Sobes.Data.Storage;
using Sobes.Web.Tests.Infrastructure;

namespace Sobes.Web.Tests.Accounts;

/// <summary>Accounts for server-mode tests: created through the app's own account path, signed in through the login form.</summary>
internal static partial class ServerAccounts
{
    public const string Password = "correct horse battery";

    public static async Task CreateAsync(SobesApp app, string name, bool admin = false)
    {
        using var scope = app.Services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(name, Password, admin);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see them.</summary>
    public static HttpClient Client(SobesApp app) => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Posts the login form; returns the response (a redirect on success).</summary>
    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string name, string password)
    {
        var token = await client.AntiforgeryTokenAsync("/login");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__csrf"] = token, ["UserName"] = name, ["Password"] = password });
        return await client.PostAsync("/login", form);
    }

    public static async Task<HttpClient> SignedInAsync(SobesApp app, string name)
    {
        var client = Client(app);
        using var response = await PostLoginAsync(client, name, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Issues an API token for a user straight into the database.</summary>
    public static async Task<string> IssueTokenAsync(SobesApp app, string name)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SobesDbContext>();
        var user = db.Users.Single(u => u.UserName == name);
        var (_, token) = ApiTokens.Issue(db, user.Id, "test", DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
        return token;
    }

    public static HttpClient BearerClient(SobesApp app, string token)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Posts a page's form (its antiforgery token taken from the page first).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, string action, Dictionary<string, string> fields)
    {
        fields["__csrf"] = await client.AntiforgeryTokenAsync(page);
        using var form = new FormUrlEncodedContent(fields);
        return await client.PostAsync(action, form);
    }

    /// <summary>The path a redirect points at, whether the Location is absolute or relative.</summary>
    public static string? PathOf(Uri? location) => location is null ? null : new Uri(new Uri("http://localhost"), location).AbsolutePath;

    public static string? NewToken(string html) => NewTokenCode().Match(html) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex("<code id=\"new-token\">([^<]+)</code>")]
    private static partial Regex NewTokenCode();
}
