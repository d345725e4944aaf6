using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sobes.Data.Accounts;
using Sobes.Data.Storage;
using Sobes.Testing;

namespace Sobes.Benchmarks.Load;

/// <summary>
/// `dotnet run -c Release --project bench/Sobes.Benchmarks -- load [sqlite|postgres] [--learners 50] [--seconds 60] [--think-ms 1000] [--warmup-seconds 15] [--posts 2000]`:
/// the web app in server mode as a process of its own on loopback; each learner (an account with an API token) fetches
/// the next card, thinks, answers it, thinks, and so on. Prints p50/p95/p99 per request kind over the measured seconds,
/// which follow a warm-up of the same traffic (a server that runs for days has long finished compiling its hot paths).
/// With `--scenario library` the clients list and search the library instead, without think time (<see cref="LibraryLoad"/>).
/// On PostgreSQL, `SOBES_LOAD_PG_EXTRA` (for example `;Maximum Pool Size=8`) is appended to the server's connection string.
/// </summary>
public static class LoadTest
{
    public static async Task<int> MainAsync(string[] args)
    {
        // The generator's 200 clients share the server's cores. With socket completions dispatched to its thread pool,
        // a response waited in that pool's queue before its clock stopped, and the figures carried the generator's own
        // scheduling delay. Inline, the clock stops on the thread that read the response. Read by the runtime when the
        // first socket starts, so set before any; the web app's process does not inherit it (WebServerProcess).
        Environment.SetEnvironmentVariable(InlineSocketCompletions, "1");
        var provider = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? args[1] : "sqlite";
        var learners = Option(args, "--learners", 50);
        var seconds = Option(args, "--seconds", 60);
        var thinkMs = Option(args, "--think-ms", 1000);
        var warmup = Option(args, "--warmup-seconds", 15);
        var posts = Option(args, "--posts", 2000);
        var answersPerMinute = Option(args, "--answers-per-minute", 120);
        var library = Array.IndexOf(args, "--scenario") is var at and >= 0 && at + 1 < args.Length && args[at + 1] == "library";
        var repoRoot = RepoRoot();
        var work = Directory.CreateTempSubdirectory("sobes-load-").FullName;
        PostgresCluster? cluster = null;
        try
        {
            string db;
            if (provider == "postgres")
            {
                cluster = await PostgresCluster.StartAsync();
                // The test cluster hands out unpooled connection strings; a server keeps Npgsql's default pool.
                db = new Npgsql.NpgsqlConnectionStringBuilder(await cluster.CreateDatabaseAsync()) { Pooling = true }.ConnectionString + (Environment.GetEnvironmentVariable("SOBES_LOAD_PG_EXTRA") ?? "");
            }
            else
            {
                db = Path.Combine(work, "load.db");
            }

            var settings = new Dictionary<string, string>
            {
                ["Sobes__Db"] = db,
                ["Sobes__Mode"] = "server",
                ["Sobes__Registration"] = "closed",
                ["Sobes__RateLimits__AnswersPerMinute"] = answersPerMinute.ToString(CultureInfo.InvariantCulture),
            };
            var output = Environment.GetEnvironmentVariable("SOBES_LOAD_WEB_DIR") ?? Path.Combine(work, "web");
            await using var server = await WebServerProcess.StartAsync(repoRoot, output, settings, CancellationToken.None);
            var tokens = await ProvisionAsync(DatabaseLocation.Parse(db), learners, posts, work);
            Console.WriteLine($"{provider}: {learners} learners, {seconds} s measured after {warmup} s of warm-up, think {thinkMs} ms, server {server.Address}, load average before {LoadAverage()}");

            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = learners * 2, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
            using var http = new HttpClient(handler) { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(30) };
            if (library)
            {
                var postgresPid = cluster is null ? null : ProcessCpu.Postmaster(cluster.DataDirectory);
                var (list, search) = await LibraryLoad.RunAsync(http, tokens, posts, warmup, seconds,
                    () => (ProcessCpu.TreeSeconds(server.ProcessId), postgresPid is { } id ? ProcessCpu.TreeSeconds(id) : 0));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"search/list: throughput {search.Count / (double)Math.Max(1, list.Count):F2}x, p95 {search.P95 / Math.Max(0.001, list.P95):F2}x"));
                return list.Errors + search.Errors == 0 ? 0 : 1;
            }

            // A learner's first visit creates their cards; that happens once per learner, so it is timed apart, four at a time.
            using var firstVisits = new HttpClient(handler, disposeHandler: false) { BaseAddress = server.Address, Timeout = TimeSpan.FromMinutes(10) };
            var warm = Stopwatch.StartNew();
            var firstPostmaster = cluster is null ? null : ProcessCpu.Postmaster(cluster.DataDirectory);
            var (firstWeb, firstDb) = (ProcessCpu.TreeSeconds(server.ProcessId), firstPostmaster is { } fp ? ProcessCpu.TreeSeconds(fp) : 0);
            await Parallel.ForEachAsync(tokens, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (t, _) => await WarmUpAsync(firstVisits, t));
            firstWeb = ProcessCpu.TreeSeconds(server.ProcessId) - firstWeb;
            firstDb = firstPostmaster is { } fpAfter ? ProcessCpu.TreeSeconds(fpAfter) - firstDb : 0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"first visits (each creates the learner's cards; {learners} learners, four at a time): {warm.Elapsed.TotalSeconds:F1} s, {warm.Elapsed.TotalMilliseconds * 4 / learners:F0} ms each, CPU each: web app {firstWeb * 1000 / learners:F0} ms, PostgreSQL {firstDb * 1000 / learners:F0} ms"));
            using (var counting = new SobesDatabase(DatabaseLocation.Parse(db)))
            await using (var context = counting.CreateContext())
            {
                var (itemCount, cardCount) = (await context.Items.CountAsync(), await context.Cards.CountAsync());
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"library {itemCount} items; {cardCount / (double)learners:F0} cards per learner"));
            }

            var measureFrom = Stopwatch.GetTimestamp() + (long)(warmup * (double)Stopwatch.Frequency);
            var deadline = measureFrom + (long)(seconds * (double)Stopwatch.Frequency);
            var runs = tokens.Select((token, i) => Task.Run(() => LearnAsync(http, token, i, measureFrom, deadline, thinkMs))).ToArray();
            await Task.Delay(TimeSpan.FromSeconds(warmup));
            var postmaster = cluster is null ? null : ProcessCpu.Postmaster(cluster.DataDirectory);
            var (webCpu, dbCpu) = (ProcessCpu.TreeSeconds(server.ProcessId), postmaster is { } pm ? ProcessCpu.TreeSeconds(pm) : 0);
            var generatorCpu = Process.GetCurrentProcess().TotalProcessorTime;
            var results = await Task.WhenAll(runs);

            var next = LatencySummary.Of("next", results.SelectMany(r => r.Next).ToList(), results.Sum(r => r.NextErrors));
            var answer = LatencySummary.Of("answer", results.SelectMany(r => r.Answer).ToList(), results.Sum(r => r.AnswerErrors));
            var all = LatencySummary.Of("all", results.SelectMany(r => r.Next.Concat(r.Answer)).ToList(), next.Errors + answer.Errors);
            Console.WriteLine(next);
            Console.WriteLine(answer);
            Console.WriteLine(all);
            webCpu = ProcessCpu.TreeSeconds(server.ProcessId) - webCpu;
            dbCpu = postmaster is { } after ? ProcessCpu.TreeSeconds(after) - dbCpu : 0;
            generatorCpu = Process.GetCurrentProcess().TotalProcessorTime - generatorCpu;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"CPU per request: web app {webCpu * 1000 / Math.Max(1, all.Count):F2} ms, PostgreSQL {dbCpu * 1000 / Math.Max(1, all.Count):F2} ms ({webCpu:F1} s and {dbCpu:F1} s over {all.Count} requests); this load generator {generatorCpu.TotalMilliseconds / Math.Max(1, all.Count):F2} ms"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"throughput {all.Count / (double)seconds:F0} requests/s, sessions finished {results.Sum(r => r.Finished)}, load average after {LoadAverage()}"));
            return all.Errors == 0 ? 0 : 1;
        }
        finally
        {
            if (cluster is not null)
            {
                await cluster.DisposeAsync();
            }

            Directory.Delete(work, true);
        }
    }

    internal const string InlineSocketCompletions = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";

    private sealed record LearnerResult(List<double> Next, List<double> Answer, int NextErrors, int AnswerErrors, int Finished);

    /// <summary>
    /// A library beyond the sample (a generated channel export of <paramref name="posts"/> posts, so no learner runs out
    /// of cards) and accounts with tokens, made directly in the database the server runs on.
    /// </summary>
    private static async Task<IReadOnlyList<string>> ProvisionAsync(DatabaseLocation location, int learners, int posts, string work)
    {
        var database = await SobesDatabase.OpenAsync(location);
        if (posts > 0)
        {
            var export = Path.Combine(work, "library.json");
            await using (var file = File.Create(export))
            {
                Sobes.Testing.Exports.TelegramExportGenerator.Write(file, posts, 2026, distinct: true);
            }

            var report = await new Sobes.Data.Importing.LibraryImporter(database, TimeProvider.System).ImportAsync([export]);
            Console.WriteLine($"library: the sample and a generated export of {posts} posts ({report.Sources.Sum(r => r.ItemsNew)} new items)");
        }

        await using var services = OfflineAccounts.Create(database, TimeProvider.System);
        var tokens = new List<string>();
        for (var i = 0; i < learners; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
            var name = $"learner{i:D3}";
            var created = await accounts.CreateAsync(name, "load-test-password-" + i, admin: false);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
            }

            tokens.Add(await accounts.IssueTokenAsync(name, "load") ?? throw new InvalidOperationException($"no user {name}"));
        }

        await using var db = database.CreateContext();
        // Enough new cards a day that nobody runs out during the run (about one answer every two seconds).
        await db.Learners.ExecuteUpdateAsync(s => s.SetProperty(l => l.DailyNewLimit, 100));
        return tokens;
    }

    private static async Task WarmUpAsync(HttpClient http, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/v1/cards/next");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    private static async Task<LearnerResult> LearnAsync(HttpClient http, string token, int seed, long measureFrom, long deadline, int thinkMs)
    {
        var random = new Random(seed);
        var next = new List<double>();
        var answer = new List<double>();
        int nextErrors = 0, answerErrors = 0, finished = 0;
        // Learners do not start in lockstep.
        await Task.Delay(random.Next(thinkMs + 1));
        while (Stopwatch.GetTimestamp() < deadline)
        {
            var started = Stopwatch.GetTimestamp();
            var counted = started >= measureFrom;
            using var get = new HttpRequestMessage(HttpMethod.Get, "api/v1/cards/next");
            get.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var got = await http.SendAsync(get);
            var body = await got.Content.ReadAsByteArrayAsync();
            if (counted)
            {
                next.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            if (got.StatusCode == HttpStatusCode.NoContent)
            {
                finished += counted ? 1 : 0;
                await Task.Delay(thinkMs);
                continue;
            }

            if (!got.IsSuccessStatusCode)
            {
                nextErrors += counted ? 1 : 0;
                await Task.Delay(thinkMs);
                continue;
            }

            using var card = JsonDocument.Parse(body);
            var id = card.RootElement.GetProperty("card").GetProperty("id").GetInt64();
            await Task.Delay(thinkMs);

            started = Stopwatch.GetTimestamp();
            counted = started >= measureFrom;
            using var post = new HttpRequestMessage(HttpMethod.Post, $"api/v1/cards/{id}/answer")
            {
                Content = JsonContent.Create(new Dictionary<string, int> { ["rating"] = random.Next(1, 5), ["duration_ms"] = 4000 }),
            };
            post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var answered = await http.SendAsync(post);
            await answered.Content.ReadAsByteArrayAsync();
            if (counted)
            {
                answer.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            if (!answered.IsSuccessStatusCode)
            {
                answerErrors += counted ? 1 : 0;
                Console.Error.WriteLine($"answer {id}: {(int)answered.StatusCode}");
            }

            await Task.Delay(thinkMs);
        }

        return new LearnerResult(next, answer, nextErrors, answerErrors, finished);
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sobes.slnx")))
            {
                return dir.FullName;
            }
        }

        return TestPaths.RepoRoot;
    }
}
