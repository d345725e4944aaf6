using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Sobes.Testing;
using Sobes.Web.Tests.Infrastructure;

namespace Sobes.Web.Tests.Editing;

public sealed class EditPageTests : IDisposable
{
    private readonly TempSqliteDatabase file = new();

    public void Dispose() => file.Dispose();

    [Fact]
    public async Task The_edit_form_saves_with_its_token_and_refuses_without_one()
    {
        await using var app = new SobesApp(file.FilePath);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var id = (await client.GetJsonAsync("/api/v1/items?kind=question&take=1")).GetProperty("items")[0].GetProperty("id").GetInt64();
        var item = await client.GetJsonAsync($"/api/v1/items/{id}");
        var token = await client.AntiforgeryTokenAsync($"/items/{id}/edit");

        using var forged = await client.PostAsync($"/items/{id}/edit?handler=Edit", Form(item, "<script>alert(1)</script> Leakage", null));
        using var saved = await client.PostAsync($"/items/{id}/edit?handler=Edit", Form(item, "<script>alert(1)</script> Leakage", token));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/items/{id}", saved.Headers.Location?.ToString());
        var html = await client.GetStringAsync($"/items/{id}");
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.Contains("alert(1)", html, StringComparison.Ordinal);
        Assert.Contains("Leakage", (await client.GetJsonAsync($"/api/v1/items/{id}")).GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_edit_shows_its_message_on_the_form()
    {
        await using var app = new SobesApp(file.FilePath);
        var client = app.CreateClient();
        var id = (await client.GetJsonAsync("/api/v1/items?kind=question&take=1")).GetProperty("items")[0].GetProperty("id").GetInt64();
        var item = await client.GetJsonAsync($"/api/v1/items/{id}");
        var token = await client.AntiforgeryTokenAsync($"/items/{id}/edit?lang=en");

        using var response = await client.PostAsync($"/items/{id}/edit?handler=Merge&lang=en", new FormUrlEncodedContent(new Dictionary<string, string> { ["__csrf"] = token, ["otherId"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) }));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"edit-errors\"", html, StringComparison.Ordinal);
        Assert.Contains($"Item {id} cannot be merged into itself.", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{System.Net.WebUtility.HtmlEncode(item.GetProperty("title").GetString())}\"", html, StringComparison.Ordinal);
        Assert.Equal(item.GetProperty("merged").GetInt32(), (await client.GetJsonAsync($"/api/v1/items/{id}")).GetProperty("merged").GetInt32());
    }

    private static FormUrlEncodedContent Form(System.Text.Json.JsonElement item, string title, string? token)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Form.Title", title),
            new("Form.Kind", item.GetProperty("kind").GetString()!),
            new("Form.Question", item.GetProperty("question").GetString() ?? ""),
            new("Form.Answer", item.GetProperty("answer").GetString() ?? ""),
            new("Form.Body", item.GetProperty("body").GetString()!),
        };
        fields.AddRange(item.GetProperty("topics").EnumerateArray().Select(t => new KeyValuePair<string, string>("Form.Topics", t.GetString()!)));
        if (token is not null)
        {
            fields.Add(new("__csrf", token));
        }

        return new FormUrlEncodedContent(fields);
    }
}
