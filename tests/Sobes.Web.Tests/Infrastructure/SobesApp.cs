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
    private readonly IReadOnlyDictionary<string, string> settings;

    /// <summary>The app on <paramref name="database"/>; <paramref name="settings"/> adds configuration such as <c>Sobes:Mode=server</c> (see <see cref="ServerMode"/>).</summary>
    public SobesApp(string database, bool sample = true, bool kestrel = false, IReadOnlyDictionary<string, string>? settings = null)
    {
        this.database = database;
        this.sample = sample;
        this.settings = settings ?? new Dictionary<string, string>();
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

    /// <summary>The app in server mode (accounts required), with more settings when given.</summary>
    public static SobesApp ServerMode(string database, bool sample = false, bool kestrel = false, params (string Key, string Value)[] more)
    {
        var all = new Dictionary<string, string> { ["Sobes:Mode"] = "server" };
        foreach (var (key, value) in more)
        {
            all[key] = value;
        }

        return new SobesApp(database, sample, kestrel, all);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Sobes:Db", database);
        builder.UseSetting("Sobes:Sample", sample ? "true" : "false");
        builder.UseEnvironment("Production");
        foreach (var (key, value) in settings)
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
