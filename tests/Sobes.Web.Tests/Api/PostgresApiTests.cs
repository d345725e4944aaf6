using System.Net;
using Sobes.Testing;
using Sobes.Web.Tests.Infrastructure;

namespace Sobes.Web.Tests.Api;

public sealed class PostgresApiTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    [SkippableFact]
    public async Task First_start_on_an_empty_postgres_database_imports_the_sample_and_serves_it()
    {
        var connection = await server.CreateDatabaseAsync();
        await using var app = new SobesApp(connection);
        var client = app.CreateClient();

        var stats = await client.GetJsonAsync("/api/v1/stats");
        Assert.True(stats.GetProperty("items").GetInt32() > 10);
        var list = await client.GetJsonAsync("/api/v1/items?take=5");
        var id = list.GetProperty("items")[0].GetProperty("id").GetInt64();
        var item = await client.GetJsonAsync($"/api/v1/items/{id}");
        Assert.Equal(id, item.GetProperty("id").GetInt64());
        var search = await client.GetJsonAsync("/api/v1/search?q=precision");
        Assert.True(search.GetProperty("total").GetInt32() > 0);
        var similar = await client.GetJsonAsync($"/api/v1/items/{id}/similar");
        Assert.DoesNotContain(similar.EnumerateArray(), h => h.GetProperty("id").GetInt64() == id);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/items/987654")).StatusCode);
    }

    [SkippableFact]
    public async Task An_upload_lands_in_the_postgres_library()
    {
        var connection = await server.CreateDatabaseAsync();
        await using var app = new SobesApp(connection, sample: false);
        var client = app.CreateClient();
        var html = await client.UploadAsync(("payload.json", await File.ReadAllBytesAsync(TestHttp.FixturePath("payload.json"))));
        Assert.Contains("payload.json", html, StringComparison.Ordinal);
        var search = await client.GetJsonAsync("/api/v1/search?q=зебра");
        Assert.Equal(1, search.GetProperty("total").GetInt32());
    }
}
