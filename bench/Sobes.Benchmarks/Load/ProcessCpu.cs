using System.Globalization;

namespace Sobes.Benchmarks.Load;

/// <summary>
/// CPU time used by a process and its children (for PostgreSQL: the postmaster and its backends), read from /proc.
/// CPU per request is steadier than latency on a shared machine: other work delays requests but does not add to it.
/// </summary>
internal static class ProcessCpu
{
    private static readonly double TicksPerSecond = 100;

    /// <summary>Seconds of CPU (user + system) of <paramref name="pid"/> and every process whose parent it is; 0 without /proc.</summary>
    public static double TreeSeconds(int pid)
    {
        if (!Directory.Exists("/proc"))
        {
            return 0;
        }

        double ticks = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var id) || Stat(id) is not { } stat)
            {
                continue;
            }

            if (id == pid || stat.Parent == pid)
            {
                ticks += stat.Ticks;
            }
        }

        return ticks / TicksPerSecond;
    }

    /// <summary>The postmaster's pid from a data directory's postmaster.pid.</summary>
    public static int? Postmaster(string dataDirectory)
    {
        var file = Path.Combine(dataDirectory, "postmaster.pid");
        return File.Exists(file) && int.TryParse(File.ReadLines(file).FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
    }

    private static (int Parent, double Ticks)? Stat(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        // The command name is in parentheses and may hold spaces; fields are counted after its closing one.
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        var parent = int.Parse(fields[1], CultureInfo.InvariantCulture);
        var utime = double.Parse(fields[11], CultureInfo.InvariantCulture);
        var stime = double.Parse(fields[12], CultureInfo.InvariantCulture);
        return (parent, utime + stime);
    }
}
