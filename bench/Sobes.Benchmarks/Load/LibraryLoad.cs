using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;

namespace Sobes.Benchmarks.Load;

/// <summary>
/// `load … --scenario library`: clients read the library without pause, first the item listing
/// (`GET /api/v1/items`, a random page) and then search (`GET /api/v1/search`, one or two words of the generated
/// corpus), each phase with a warm-up of its own, and prints throughput, percentiles and CPU per request (the web app's
/// process and PostgreSQL's, from their CPU time over the measured seconds) of both side by side.
/// </summary>
internal static class LibraryLoad
{
    private static readonly string[] Words =
    [
        "precision", "recall", "regularization", "dropout", "boosting", "forest", "bagging", "attention", "tokenization",
        "variance", "threshold", "validation", "переобучение", "регуляризация", "бустинг", "эмбеддинги", "трансформер",
        "выборке", "весам", "собеседовании", "формуле", "interview", "imbalance", "rankings",
    ];

    public static async Task<(LatencySummary List, LatencySummary Search)> RunAsync(HttpClient http, IReadOnlyList<string> tokens, int items, int warmup, int seconds, Func<(double Web, double Db)> cpu)
    {
        var pages = Math.Max(1, items / 20);
        var list = await PhaseAsync("list", http, tokens, warmup, seconds, cpu, random => $"api/v1/items?skip={random.Next(pages) * 20}&take=20");
        var search = await PhaseAsync("search", http, tokens, warmup, seconds, cpu, random =>
        {
            var q = Words[random.Next(Words.Length)] + (random.Next(2) == 0 ? "" : " " + Words[random.Next(Words.Length)]);
            return "api/v1/search?take=20&q=" + Uri.EscapeDataString(q);
        });
        return (list, search);
    }

    private static async Task<LatencySummary> PhaseAsync(string name, HttpClient http, IReadOnlyList<string> tokens, int warmup, int seconds, Func<(double Web, double Db)> cpu, Func<Random, string> url)
    {
        var measureFrom = Stopwatch.GetTimestamp() + (long)(warmup * (double)Stopwatch.Frequency);
        var deadline = measureFrom + (long)(seconds * (double)Stopwatch.Frequency);
        var runs = tokens.Select((token, i) => Task.Run(async () =>
        {
            var random = new Random(i);
            var times = new List<double>();
            var errors = 0;
            var empty = 0;
            var statuses = new List<string>();
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var started = Stopwatch.GetTimestamp();
                using var request = new HttpRequestMessage(HttpMethod.Get, url(random));
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                using var response = await http.SendAsync(request);
                var body = await response.Content.ReadAsByteArrayAsync();
                if (started >= measureFrom)
                {
                    times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    if (!response.IsSuccessStatusCode)
                    {
                        errors++;
                        statuses.Add($"{(int)response.StatusCode} {request.RequestUri}: {System.Text.Encoding.UTF8.GetString(body.AsSpan(0, Math.Min(body.Length, 200)))}");
                    }

                    empty += body.AsSpan().IndexOf("\"total\":0,"u8) >= 0 ? 1 : 0;
                }
            }

            return (times, errors, empty, statuses);
        })).ToArray();
        await Task.Delay(TimeSpan.FromSeconds(warmup));
        var before = cpu();
        var results = await Task.WhenAll(runs);
        var after = cpu();
        var summary = LatencySummary.Of(name, results.SelectMany(r => r.times).ToList(), results.Sum(r => r.errors));
        var count = Math.Max(1, summary.Count);
        Console.WriteLine(summary + string.Create(CultureInfo.InvariantCulture,
            $"  throughput {summary.Count / (double)seconds,7:F0} requests/s, {results.Sum(r => r.empty)} answers with no item, CPU per request: web app {(after.Web - before.Web) * 1000 / count:F2} ms, PostgreSQL {(after.Db - before.Db) * 1000 / count:F2} ms"));
        foreach (var status in results.SelectMany(r => r.statuses).Take(5))
        {
            Console.WriteLine("  error: " + status);
        }

        return summary;
    }
}
