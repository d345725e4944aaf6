using System.Globalization;
using Sobes.Data.Practice;

namespace Sobes.Web.Stats;

/// <summary>A day of the review heatmap: its place in the week grid and its shade (0 none … 4 most).</summary>
public sealed record HeatCell(DateOnly Day, int Reviews, int Column, int Row, int Level);

/// <summary>
/// The learner's practice as chart geometry for the SVG drawn on /stats: a calendar of reviews per day, true against
/// desired retention, the 30-day due forecast and mastery per topic. Numbers come from <see cref="PracticeStats"/>.
/// </summary>
public sealed class PracticeCharts
{
    public const int Weeks = 26;

    public const int Cell = 13;

    public const int Gap = 3;

    public PracticeCharts(ProgressReport report, IReadOnlyList<(DateOnly Day, int Reviews)> calendar)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(calendar);
        Report = report;
        var max = Math.Max(1, calendar.Count == 0 ? 1 : calendar.Max(d => d.Reviews));
        var first = calendar.Count == 0 ? DateOnly.MinValue : calendar[0].Day;
        // Columns are weeks starting on Monday; the first column may begin mid-week.
        var offset = ((int)first.DayOfWeek + 6) % 7;
        Cells = calendar.Select((d, i) => new HeatCell(d.Day, d.Reviews, (i + offset) / 7, (i + offset) % 7,
            d.Reviews == 0 ? 0 : Math.Clamp((int)Math.Ceiling(4.0 * d.Reviews / max), 1, 4))).ToList();
        Columns = Cells.Count == 0 ? 0 : Cells.Max(c => c.Column) + 1;
        ReviewsShown = calendar.Sum(d => d.Reviews);
        ForecastMax = Math.Max(1, report.DueForecast.Count == 0 ? 1 : report.DueForecast.Max());
    }

    public ProgressReport Report { get; }

    public IReadOnlyList<HeatCell> Cells { get; }

    public int Columns { get; }

    public int ReviewsShown { get; }

    public int ForecastMax { get; }

    public int HeatWidth => (Columns * (Cell + Gap)) + 30;

    public int HeatHeight => (7 * (Cell + Gap)) + 18;

    public bool HasPractice => Report.Cards > 0;

    public static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>The x of a heatmap column (28 px are left for day names).</summary>
    public static int HeatX(int column) => 28 + (column * (Cell + Gap));

    public static int HeatY(int row) => 16 + (row * (Cell + Gap));

    /// <summary>Forecast bar geometry in a 300×120 box: 30 bars, the tallest 100 high.</summary>
    public (double X, double Y, double Width, double Height) ForecastBar(int day)
    {
        var height = 100.0 * Report.DueForecast[day] / ForecastMax;
        return ((day * 10) + 1, 104 - height, 8, height);
    }

    /// <summary>Month labels: the week columns in which a month begins.</summary>
    public IEnumerable<(int Column, DateOnly Month)> MonthStarts() =>
        Cells.GroupBy(c => c.Column).Select(g => g.First()).Where(c => c.Day.Day <= 7)
            .Select(c => (c.Column, new DateOnly(c.Day.Year, c.Day.Month, 1)));
}
