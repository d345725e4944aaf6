using System.Net;
using Sobes.Testing;
using Sobes.Web.Tests.Accounts;
using Sobes.Web.Tests.Infrastructure;

namespace Sobes.Web.Tests.Probe;

/// <summary>A request's Host header is the client's to choose: no redirect may carry it back.</summary>
public sealed class HostHeaderTests : IDisposable
{
    private readonly TempSqliteDatabase file = new();

    public void Dispose() => file.Dispose();

    [Theory]
    [InlineData("/")]
    [InlineData("/stats?lang=en")]
    public async Task The_redirect_to_sign_in_is_relative_whatever_the_host_header_says(string page)
    {
        await using var app = SobesApp.ServerMode(file.FilePath);
        var client = ServerAccounts.Client(app);
        using var request = new HttpRequestMessage(HttpMethod.Get, page);
        request.Headers.Host = "evil.example";

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.False(location.IsAbsoluteUri, location.ToString());
        Assert.StartsWith("/login?ReturnUrl=", location.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", location.OriginalString, StringComparison.Ordinal);
    }
}
