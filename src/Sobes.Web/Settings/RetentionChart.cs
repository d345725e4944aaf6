using System.Globalization;
using Sobes.Core.Srs.Simulation;

namespace Sobes.Web.Settings;

/// <summary>
/// Geometry of the "help me decide" chart on /settings: a year of simulated study per desired retention, drawn as two
/// lines in a 400×160 box (minutes a day and cards remembered at the end, each scaled to its own largest value). The
/// simulations themselves are Core's <see cref="RetentionAdvisor"/>.
/// </summary>
public sealed class RetentionChart
{
    public const int Width = 400;

    public const int Height = 160;

    private const int Left = 36;
    private const int Right = 24;
    private const int Top = 10;
    private const int Bottom = 26;

    public RetentionChart(IReadOnlyList<SimulationResult> results, double optimalRetention, double currentRetention)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentOutOfRangeException.ThrowIfLessThan(results.Count, 2, nameof(results));
        Results = results;
        OptimalRetention = optimalRetention;
        CurrentRetention = currentRetention;
        maxMinutes = Math.Max(results.Max(r => r.MinutesPerDay), 1e-9);
        maxRemembered = Math.Max(results.Max(r => r.Remembered), 1e-9);
    }

    private readonly double maxMinutes;
    private readonly double maxRemembered;

    public IReadOnlyList<SimulationResult> Results { get; }

    public double OptimalRetention { get; }

    public double CurrentRetention { get; }

    public string WorkloadPoints => Points(r => r.MinutesPerDay / maxMinutes);

    public string KnowledgePoints => Points(r => r.Remembered / maxRemembered);

    public double X(double retention)
    {
        var low = Results[0].Retention;
        var high = Results[^1].Retention;
        return Left + ((Width - Left - Right) * (retention - low) / (high - low));
    }

    public static double Y(double share) => Top + ((Height - Top - Bottom) * (1 - share));

    public static int Baseline => Height - Bottom;

    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private string Points(Func<SimulationResult, double> share) =>
        string.Join(' ', Results.Select(r => $"{N(X(r.Retention))},{N(Y(share(r)))}"));
}
