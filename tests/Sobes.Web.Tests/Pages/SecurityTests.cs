using System.Net;
using System.Text.RegularExpressions;
using Sobes.Testing;
using Sobes.Web.Tests.Infrastructure;

namespace Sobes.Web.Tests.Pages;

public sealed partial class SecurityTests : IDisposable
{
    private readonly TempSqliteDatabase file = new();

    public void Dispose() => file.Dispose();

    [Theory]
    [InlineData("/")]
    [InlineData("/import")]
    [InlineData("/api/v1/stats")]
    public async Task Responses_carry_a_content_security_policy_and_safety_headers(string url)
    {
        await using var app = new SobesApp(file.FilePath, sample: false);
        using var response = await app.CreateClient().GetAsync(url);
        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Pages_have_no_inline_script()
    {
        await using var app = new SobesApp(file.FilePath);
        var html = await app.CreateClient().GetStringAsync("/");
        Assert.DoesNotMatch(InlineScript(), html);
    }

    [Fact]
    public async Task An_import_without_an_antiforgery_token_is_rejected()
    {
        await using var app = new SobesApp(file.FilePath, sample: false);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(File.ReadAllBytes(TestHttp.FixturePath("payload.json"))), "files", "payload.json" } };
        using var response = await app.CreateClient().PostAsync("/import", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var stats = await app.CreateClient().GetJsonAsync("/api/v1/stats");
        Assert.Equal(0, stats.GetProperty("items").GetInt32());
    }

    [Fact]
    public async Task An_uploaded_script_payload_is_shown_as_text_and_its_script_link_is_no_anchor()
    {
        await using var app = new SobesApp(file.FilePath, sample: false);
        var client = app.CreateClient();
        var summary = await client.UploadAsync(("payload.json", await File.ReadAllBytesAsync(TestHttp.FixturePath("payload.json"))));
        Assert.Contains("payload.json", summary, StringComparison.Ordinal);

        var list = await client.GetJsonAsync("/api/v1/items?source=payload.json");
        var id = list.GetProperty("items")[0].GetProperty("id").GetInt64();
        var html = await client.GetStringAsync($"/items/{id}");

        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("alert(1)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"tg:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<a href=\"https://example.org/zebra-guide\" rel=\"noopener noreferrer nofollow\"", html, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();
}
