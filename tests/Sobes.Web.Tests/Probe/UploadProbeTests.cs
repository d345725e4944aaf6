using System.Net;
using System.Net.Http.Headers;
using Sobes.Testing;
using Sobes.Web.Tests.Infrastructure;

namespace Sobes.Web.Tests.Probe;

/// <summary>Uploads the app cannot take are refused with the right status, not a 500.</summary>
public sealed class UploadProbeTests : IDisposable
{
    private readonly TempSqliteDatabase file = new();
    private readonly string caseData = Directory.CreateTempSubdirectory("sobes-probe-cases-").FullName;

    public void Dispose()
    {
        file.Dispose();
        Directory.Delete(caseData, true);
    }

    [Fact]
    public async Task A_scoring_upload_without_the_required_columns_is_a_400_naming_them()
    {
        await using var app = new SobesApp(file.FilePath, settings: new Dictionary<string, string> { ["Sobes:CaseData"] = caseData });
        var client = app.CreateClient();
        using var form = new MultipartFormDataContent { { new ByteArrayContent("time,value\n2018-10-20 06:00:00,2.5\n"u8.ToArray()), "file", "predictions.csv" } };

        using var response = await client.PostAsync("/api/v1/cases/electrolysis/score?seed=1", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("prediction", body, StringComparison.Ordinal);
        Assert.Contains("required column is missing", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_over_the_configured_limit_is_a_413()
    {
        await using var app = new SobesApp(file.FilePath, settings: new Dictionary<string, string> { ["Sobes:UploadLimitMB"] = "1" });
        var client = app.CreateClient();
        var token = await client.AntiforgeryTokenAsync("/import");
        var part = new ByteArrayContent(new byte[2 * 1024 * 1024]);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var form = new MultipartFormDataContent { { new StringContent(token), "__csrf" }, { part, "files", "big.json" } };

        using var response = await client.PostAsync("/import", form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task An_upload_under_the_limit_is_imported()
    {
        await using var app = new SobesApp(file.FilePath, settings: new Dictionary<string, string> { ["Sobes:UploadLimitMB"] = "1" });
        var client = app.CreateClient();

        var html = await client.UploadAsync(("payload.json", await File.ReadAllBytesAsync(TestHttp.FixturePath("payload.json"))));

        Assert.Contains("payload.json", html, StringComparison.Ordinal);
    }
}
