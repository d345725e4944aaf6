using System.Globalization;

namespace Sobes.Benchmarks.Load;

/// <summary>Percentiles of one kind of request over a run.</summary>
public sealed record LatencySummary(string Name, int Count, int Errors, double P50, double P95, double P99, double Max)
{
    public static LatencySummary Of(string name, IReadOnlyCollection<double> milliseconds, int errors)
    {
        var sorted = milliseconds.Order().ToArray();
        return new LatencySummary(name, sorted.Length, errors, At(sorted, 0.50), At(sorted, 0.95), At(sorted, 0.99), sorted.Length == 0 ? 0 : sorted[^1]);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Name,-8} n={Count,6}  errors={Errors,3}  p50={P50,6:F1} ms  p95={P95,6:F1} ms  p99={P99,6:F1} ms  max={Max,7:F1} ms");

    // Nearest-rank percentile.
    private static double At(double[] sorted, double q) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];
}
