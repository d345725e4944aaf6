using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Sobes.Data.Storage;
using Sobes.Testing;
using Sobes.Web.Tests.Accounts;
using Sobes.Web.Tests.Infrastructure;

namespace Sobes.Web.Tests.Instances;

/// <summary>
/// Two instances in server mode on one PostgreSQL database, each with an index folder of its own, serving real HTTP
/// on loopback; <see cref="Proxy"/> is Debian's nginx in front of <see cref="B"/>. Started once for the class (the
/// first test that asks), so every test sees the same pair; a missing PostgreSQL or nginx skips the tests.
/// </summary>
public sealed class TwoInstances : IAsyncLifetime
{
    private readonly Lazy<Task> started;
    private readonly string folder = Directory.CreateTempSubdirectory("sobes-instances-").FullName;
    private SobesApp? a;
    private SobesApp? b;
    private NginxProxy? proxy;

    public TwoInstances() => started = new Lazy<Task>(StartAsync);

    public SobesApp A => a ?? throw new InvalidOperationException("not started");

    public SobesApp B => b ?? throw new InvalidOperationException("not started");

    /// <summary>Instance A, reached directly.</summary>
    public Uri AddressA { get; private set; } = null!;

    /// <summary>Instance B, reached through nginx.</summary>
    public Uri Proxy { get; private set; } = null!;

    public Task ReadyAsync() => started.Value;

    /// <summary>A client of one instance sending an API token.</summary>
    public static HttpClient Bearer(Uri address, string token)
    {
        var client = new HttpClient { BaseAddress = address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public SobesDbContext Context() => A.Services.GetRequiredService<SobesDatabase>().CreateContext();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        proxy?.Dispose();
        if (b is not null)
        {
            await b.DisposeAsync();
        }

        if (a is not null)
        {
            await a.DisposeAsync();
        }

        Directory.Delete(folder, true);
    }

    private async Task StartAsync()
    {
        Requirements.SkipUnless(NginxProxy.Binary is not null, "nginx is not installed: apt-get install nginx-light");
        var database = await new PostgresServer().CreateDatabaseAsync();
        a = Instance(database, "a", sample: true);
        AddressA = a.ServerAddress;
        b = Instance(database, "b", sample: true);
        proxy = await NginxProxy.StartAsync(b.ServerAddress);
        Proxy = proxy.Address;
    }

    private SobesApp Instance(string database, string name, bool sample) =>
        SobesApp.ServerMode(database, sample, kestrel: true, ("Sobes:IndexFolder", Path.Combine(folder, name + "-index")));

    /// <summary>Creates an account through instance A.</summary>
    public Task CreateAccountAsync(string name, bool admin = false) => ServerAccounts.CreateAsync(A, name, admin);
}
