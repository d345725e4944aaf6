using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Sobes.Data.Storage;

namespace Sobes.Web.Tests.Infrastructure;

/// <summary>The web app on a database of the test's own (a SQLite path or a PostgreSQL connection string).</summary>
public sealed class SobesApp : WebApplicationFactory<Program>
{
    private readonly string database;
    private readonly bool sample;
    private readonly IReadOnlyDictionary<string, string>? settings;

    public SobesApp(string database, bool sample = true, bool kestrel = false, IReadOnlyDictionary<string, string>? settings = null)
    {
        this.database = database;
        this.sample = sample;
        this.settings = settings;
        if (kestrel)
        {
            UseKestrel(0);
        }
    }

    public DatabaseLocation Location => DatabaseLocation.Parse(database);

    /// <summary>The address a browser can reach (Kestrel only).</summary>
    public Uri ServerAddress
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Sobes:Db", database);
        builder.UseSetting("Sobes:Sample", sample ? "true" : "false");
        builder.UseEnvironment("Production");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        // A PostgreSQL library keeps its index under the user's data folder; remove the test's.
        if (disposing && Location.Provider == DatabaseProvider.Postgres && Directory.Exists(Location.IndexDirectory))
        {
            Directory.Delete(Location.IndexDirectory, recursive: true);
        }
    }
}
