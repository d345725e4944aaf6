using System.Diagnostics;
using System.Globalization;

namespace Sobes.Benchmarks.Cli;

/// <summary>
/// `-- cli-start SOBES [--runs N]`: how long short commands take against `sobes --help`, run by the built executable
/// SOBES (the output of `dotnet publish -r …` or `dotnet pack -r …`, or bin/Release) on a library holding the sample.
/// Prints the median wall time and CPU time of each command and its ratio to `--help`; commands run interleaved, so a
/// noisy stretch of the machine hits all of them alike.
/// </summary>
internal static class CliStartup
{
    private static readonly string[][] Commands =
    [
        ["--help"], ["stats"], ["show", "1"], ["search", "regularization"], ["list", "--limit", "10"],
    ];

    public static async Task<int> MainAsync(string[] args)
    {
        if (args.Length < 2 || !File.Exists(args[1]))
        {
            await Console.Error.WriteLineAsync("usage: cli-start PATH-TO-SOBES-EXECUTABLE [--runs N]");
            return 2;
        }

        var exe = Path.GetFullPath(args[1]);
        var runs = args.Length > 3 && args[2] == "--runs" ? int.Parse(args[3], CultureInfo.InvariantCulture) : 15;
        var folder = Directory.CreateTempSubdirectory("sobes-cli-start-").FullName;
        var db = Path.Combine(folder, "library.db");
        try
        {
            await RunAsync(exe, db, ["import", "--sample"]);
            await RunAsync(exe, db, ["search", "warm"]); // builds the search index once, as any earlier use would have
            var wall = Commands.ToDictionary(c => string.Join(' ', c), _ => new List<double>());
            var cpu = Commands.ToDictionary(c => string.Join(' ', c), _ => new List<double>());
            for (var run = 0; run < runs; run++)
            {
                foreach (var command in Commands)
                {
                    var (w, c) = await RunAsync(exe, db, command);
                    wall[string.Join(' ', command)].Add(w);
                    cpu[string.Join(' ', command)].Add(c);
                }
            }

            var helpWall = Median(wall["--help"]);
            var helpCpu = Median(cpu["--help"]);
            Console.WriteLine($"{exe}, {runs} runs each, medians");
            Console.WriteLine($"{"command",-22} {"wall ms",8} {"×help",6} {"cpu ms",8} {"×help",6}");
            foreach (var (name, times) in wall)
            {
                var w = Median(times);
                var c = Median(cpu[name]);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-22} {w,8:F0} {w / helpWall,6:F2} {c,8:F0} {c / helpCpu,6:F2}"));
            }

            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(double WallMs, double CpuMs)> RunAsync(string exe, string db, string[] arguments)
    {
        var start = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["SOBES_DB"] = db;
        var before = ChildrenCpuMs();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        clock.Stop();
        await Task.WhenAll(output, error);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"sobes {string.Join(' ', arguments)} exited {process.ExitCode}: {await error}");
        }

        return (clock.Elapsed.TotalMilliseconds, ChildrenCpuMs() - before);
    }

    /// <summary>User and system time of the waited-for children, from /proc (clock ticks of 10 ms).</summary>
    private static double ChildrenCpuMs()
    {
        var stat = File.ReadAllText("/proc/self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // Fields after the command name start at field 3; cutime and cstime are fields 16 and 17.
        return (long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture)) * 10.0;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
