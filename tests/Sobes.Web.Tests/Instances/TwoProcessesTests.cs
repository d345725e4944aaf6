using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sobes.Data.Accounts;
using Sobes.Data.Storage;
using Sobes.Testing;
using Sobes.Web.Tests.Accounts;

namespace Sobes.Web.Tests.Instances;

/// <summary>
/// The built web app as two processes of their own on one PostgreSQL database, each with its own home folder (so its own
/// default key folder, index folder and per-process locks): what one issued the other honours, and a learner's cards are
/// made once when both sync them at once.
/// </summary>
public sealed class TwoProcessesTests(PostgresServer postgres) : IClassFixture<PostgresServer>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sobes-processes-").FullName;

    private static string WebDll => Path.Combine(AppContext.BaseDirectory, "Sobes.Web.dll");

    public void Dispose() => Directory.Delete(folder, true);

    [SkippableFact]
    public async Task Two_processes_with_their_own_homes_share_sign_ins_and_make_a_learners_cards_once()
    {
        var connection = await postgres.CreateDatabaseAsync();
        // Started at once: both migrate the database and offer the sample.
        var starting = new[]
        {
            WebProcess.StartAsync(WebDll, Path.Combine(folder, "home-1"), connection, sample: true),
            WebProcess.StartAsync(WebDll, Path.Combine(folder, "home-2"), connection, sample: true),
        };
        try
        {
            await Task.WhenAll(starting);
        }
        catch
        {
            foreach (var started in starting.Where(t => t.IsCompletedSuccessfully))
            {
                started.Result.Dispose();
            }

            throw;
        }

        using var first = starting[0].Result;
        using var second = starting[1].Result;
        using var database = new SobesDatabase(DatabaseLocation.Parse(connection).WithIndexDirectory(Path.Combine(folder, "test-index")));
        await CreateAsync(database, "carol");
        var token = await CreateAsync(database, "dave");

        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var one = new HttpClient(handler, disposeHandler: false) { BaseAddress = first.Address };
        using var two = new HttpClient(handler, disposeHandler: false) { BaseAddress = second.Address };
        using (var signIn = await ServerAccounts.PostLoginAsync(one, "carol", ServerAccounts.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        using (var stats = await two.GetAsync("/api/v1/stats"))
        {
            Assert.Equal(HttpStatusCode.OK, stats.StatusCode);
        }

        var nexts = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            using var client = new HttpClient { BaseAddress = i % 2 == 0 ? first.Address : second.Address };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await client.GetAsync("/api/v1/cards/next");
            return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
        }));
        Assert.All(nexts, n => Assert.True(n.Item1 == 200, $"{n.Item1} {n.Item2}"));

        await using var db = database.CreateContext();
        Assert.Equal(1, await db.Sources.CountAsync());
    }

    /// <summary>An account made as `sobes users add` makes it; returns an API token of it.</summary>
    private static async Task<string> CreateAsync(SobesDatabase database, string name)
    {
        await using var services = OfflineAccounts.Create(database, TimeProvider.System);
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(name, ServerAccounts.Password, false);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        await using var db = database.CreateContext();
        var user = await db.Users.SingleAsync(u => u.UserName == name);
        var (_, token) = ApiTokens.Issue(db, user.Id, "test", DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
        return token;
    }

    /// <summary>`dotnet Sobes.Web.dll` in server mode with a home folder of its own, on a free loopback port.</summary>
    private sealed class WebProcess : IDisposable
    {
        private readonly Process process;
        private readonly System.Text.StringBuilder log = new();

        private WebProcess(Process process, Uri address)
        {
            this.process = process;
            Address = address;
        }

        public Uri Address { get; }

        public static async Task<WebProcess> StartAsync(string dll, string home, string connection, bool sample)
        {
            Directory.CreateDirectory(home);
            var port = NginxProxy.FreePort();
            var start = new ProcessStartInfo("dotnet", [dll])
            {
                WorkingDirectory = AppContext.BaseDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.Environment["HOME"] = home;
            start.Environment.Remove("XDG_DATA_HOME");
            start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment["Logging__LogLevel__Default"] = "Warning";
            start.Environment["Sobes__Db"] = connection;
            start.Environment["Sobes__Mode"] = "server";
            start.Environment["Sobes__Sample"] = sample ? "true" : "false";
            var process = Process.Start(start) ?? throw new InvalidOperationException("the web app did not start");
            var web = new WebProcess(process, new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/"));
            process.OutputDataReceived += (_, e) => web.Append(e.Data);
            process.ErrorDataReceived += (_, e) => web.Append(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            try
            {
                await web.WaitUntilHealthyAsync();
                return web;
            }
            catch
            {
                web.Dispose();
                throw;
            }
        }

        public void Dispose()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }

            process.Dispose();
        }

        private void Append(string? line)
        {
            lock (log)
            {
                log.AppendLine(line);
            }
        }

        private async Task WaitUntilHealthyAsync()
        {
            using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < TimeSpan.FromMinutes(2))
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"the web app exited with {process.ExitCode}: {log}");
                }

                try
                {
                    using var response = await http.GetAsync("/healthz");
                    if (response.IsSuccessStatusCode)
                    {
                        return;
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    // not listening yet
                }

                await Task.Delay(200);
            }

            throw new TimeoutException($"the web app did not answer /healthz within 2 minutes: {log}");
        }
    }
}
