using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Sobes.Data.Storage;
using Sobes.Testing;
using Sobes.Web.Tests.Infrastructure;

namespace Sobes.Web.Tests.Instances;

/// <summary>Instances starting at once on one library, and the health endpoint a proxy polls.</summary>
public sealed class StartupTests(PostgresServer postgres) : IClassFixture<PostgresServer>, IDisposable
{
    private const int Instances = 4;
    private readonly TempSqliteDatabase file = new();
    private readonly string folder = Directory.CreateTempSubdirectory("sobes-startup-").FullName;

    public void Dispose()
    {
        file.Dispose();
        Directory.Delete(folder, true);
    }

    [SkippableFact]
    public async Task Instances_starting_at_once_on_one_postgresql_database_import_the_sample_once()
    {
        await StartAtOnceAsync(await postgres.CreateDatabaseAsync());
    }

    [Fact]
    public async Task Instances_starting_at_once_on_one_sqlite_file_import_the_sample_once()
    {
        await StartAtOnceAsync(file.FilePath);
    }

    [Fact]
    public async Task Healthz_answers_anonymously_in_server_mode()
    {
        await using var app = SobesApp.ServerMode(file.FilePath);
        using var response = await app.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task Healthz_answers_503_when_the_database_is_gone()
    {
        var connection = await postgres.CreateDatabaseAsync();
        await using var app = SobesApp.ServerMode(connection);
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

        var cluster = await PostgresServer.GetClusterAsync();
        await using (var admin = new NpgsqlConnection(cluster.AdminConnectionString))
        {
            await admin.OpenAsync();
            var name = new NpgsqlConnectionStringBuilder(connection).Database;
            await using var drop = new NpgsqlCommand($"DROP DATABASE \"{name}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }

        using var response = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
    }

    private async Task StartAtOnceAsync(string database)
    {
        var apps = Enumerable.Range(0, Instances)
            .Select(i => SobesApp.ServerMode(database, sample: true, more: ("Sobes:IndexFolder", Path.Combine(folder, "index-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))))
            .ToList();
        try
        {
            // Each host migrates the database and offers the sample as it starts.
            await Task.WhenAll(apps.Select(app => Task.Run(() => app.Services)));

            await using var db = apps[0].Services.GetRequiredService<SobesDatabase>().CreateContext();
            Assert.Equal(1, await db.Sources.CountAsync());
            Assert.Equal(1, await db.Meta.CountAsync(m => m.Key == "web-sample-offered"));
            var items = await db.Items.CountAsync();
            Assert.True(items > 0);
            Assert.Equal(items, await db.ItemChanges.Select(c => c.ItemId).Distinct().CountAsync());
        }
        finally
        {
            foreach (var app in apps)
            {
                await app.DisposeAsync();
            }
        }
    }
}
