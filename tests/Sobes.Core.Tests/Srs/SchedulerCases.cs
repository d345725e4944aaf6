using System.Text.Json;

namespace Sobes.Core.Tests.Srs;

internal sealed record ReferenceReview(int Rating, int DeltaT, double Stability, double Difficulty, double Interval);

internal sealed record ReferenceCase(IReadOnlyList<double> Parameters, IReadOnlyList<ReferenceReview> Reviews);

/// <summary>Reads files shaped like <c>fsrs/scheduler-cases.json</c>.</summary>
internal static class SchedulerCases
{
    public static IReadOnlyList<ReferenceCase> Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("cases").EnumerateArray()
            .Select(c => new ReferenceCase(
                c.GetProperty("params").EnumerateArray().Select(p => p.GetDouble()).ToList(),
                c.GetProperty("reviews").EnumerateArray().Select(r => new ReferenceReview(
                    r.GetProperty("rating").GetInt32(),
                    r.GetProperty("delta_t").GetInt32(),
                    r.GetProperty("stability").GetDouble(),
                    r.GetProperty("difficulty").GetDouble(),
                    r.GetProperty("interval").GetDouble())).ToList()))
            .ToList();
    }

    public static IReadOnlyList<ReferenceCase> Reference() => Parse(File.ReadAllText(ReferenceFiles.SchedulerCases));

    public static bool Close(double expected, double actual, double relative = 1e-4) =>
        Math.Abs(expected - actual) <= relative * Math.Max(Math.Abs(expected), 1e-12);
}
