using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Sobes.Testing;
using Sobes.Web.Tests.Infrastructure;

namespace Sobes.Web.Tests.Accounts;

/// <summary>No endpoint can slip through without authorization: each names a policy, or is on the short anonymous list.</summary>
public sealed class EndpointAuthorizationTests : IDisposable
{
    private static readonly string[] Anonymous = ["/error/{code:int}", "/healthz", "/login", "/openapi/{documentName}.json", "/register"];

    private readonly TempSqliteDatabase file = new();

    public void Dispose() => file.Dispose();

    [Fact]
    public async Task Every_endpoint_names_a_policy_or_is_on_the_anonymous_list()
    {
        await using var app = SobesApp.ServerMode(file.FilePath);
        var endpoints = Endpoints(app);
        Assert.True(endpoints.Count > 10);

        var unguarded = endpoints.Where(e => !IsAnonymous(e) && !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy is { Length: > 0 } || a.Roles is { Length: > 0 }))
            .Select(e => e.DisplayName).ToList();
        Assert.Empty(unguarded);
        Assert.Equal(Anonymous, endpoints.Where(IsAnonymous).Select(e => Rooted(e.RoutePattern.RawText!)).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_guarded_get_endpoint_refuses_an_anonymous_request_in_server_mode()
    {
        await using var app = SobesApp.ServerMode(file.FilePath);
        var client = ServerAccounts.Client(app);
        var gets = Endpoints(app)
            .Where(e => !IsAnonymous(e) && (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.Contains("GET") ?? true))
            .Select(e => Concrete(e.RoutePattern.RawText!))
            .Distinct()
            .ToList();
        Assert.Contains("/api/v1/items/1", gets);

        foreach (var path in gets)
        {
            using var response = await client.GetAsync(path);
            var refused = path.StartsWith("/api/", StringComparison.Ordinal)
                ? response.StatusCode == HttpStatusCode.Unauthorized
                : response.StatusCode == HttpStatusCode.Redirect && ServerAccounts.PathOf(response.Headers.Location) == "/login";
            Assert.True(refused, $"{path}: {(int)response.StatusCode} {response.Headers.Location}");
        }
    }

    private static List<RouteEndpoint> Endpoints(SobesApp app)
    {
        app.CreateClient().Dispose();
        return app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
    }

    private static bool IsAnonymous(RouteEndpoint endpoint) => endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;

    /// <summary>A route pattern with every parameter filled with 1 (ids are numbers; other values only need to route).</summary>
    private static string Concrete(string pattern)
    {
        return Rooted(System.Text.RegularExpressions.Regex.Replace(pattern, "\\{[^}]+\\}", "1"));
    }

    private static string Rooted(string pattern) => pattern.StartsWith('/') ? pattern : "/" + pattern;
}
