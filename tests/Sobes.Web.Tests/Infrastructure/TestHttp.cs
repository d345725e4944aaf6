using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Sobes.Web.Tests.Infrastructure;

/// <summary>Small helpers for reading pages and JSON in endpoint tests.</summary>
internal static partial class TestHttp
{
    public static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The antiforgery token of the first form on a page (its cookie stays in the client).</summary>
    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url);
        var match = TokenField().Match(html);
        Assert.True(match.Success, "no antiforgery field on " + url);
        return match.Groups[1].Value;
    }

    /// <summary>Uploads files to the import page with a valid token; returns the result page.</summary>
    public static async Task<string> UploadAsync(this HttpClient client, params (string Name, byte[] Content)[] files)
    {
        var token = await client.AntiforgeryTokenAsync("/import");
        using var form = new MultipartFormDataContent { { new StringContent(token), "__csrf" } };
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }

        using var response = await client.PostAsync("/import", form);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"import: {(int)response.StatusCode} {html}");
        return html;
    }

    [GeneratedRegex("name=\"__csrf\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
