using System.Globalization;
using System.Net;
using System.Text;

namespace Sobes.Cases.Electrolysis.Reporting;

/// <summary>One series of a plot: points, a colour, and whether to join them.</summary>
internal sealed record PlotSeries(string Name, IReadOnlyList<(double X, double Y)> Points, string Colour, bool Line = false);

/// <summary>A small inline SVG chart: axes with their ranges, points or lines, a legend. No dependencies.</summary>
internal static class SvgPlot
{
    private const int Width = 760, Height = 260, Left = 60, Right = 20, Top = 24, Bottom = 36;

    public static string Render(string title, string xLabel, string yLabel, IReadOnlyList<PlotSeries> series, Func<double, string>? xFormat = null, (double Low, double High)? yRange = null)
    {
        var points = series.SelectMany(s => s.Points).Where(p => double.IsFinite(p.X) && double.IsFinite(p.Y)).ToList();
        if (points.Count == 0)
        {
            return $"<p>{WebUtility.HtmlEncode(title)}: no data</p>";
        }

        var (x0, x1) = (points.Min(p => p.X), points.Max(p => p.X));
        var (y0, y1) = yRange ?? (points.Min(p => p.Y), points.Max(p => p.Y));
        if (x1 <= x0) { x1 = x0 + 1; }
        if (y1 <= y0) { y1 = y0 + 1; }
        double Sx(double x) => Left + ((x - x0) / (x1 - x0) * (Width - Left - Right));
        double Sy(double y) => Height - Bottom - ((Math.Clamp(y, y0, y1) - y0) / (y1 - y0) * (Height - Top - Bottom));
        var f = xFormat ?? (v => v.ToString("G4", CultureInfo.InvariantCulture));
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" font-family=\"sans-serif\" font-size=\"11\">");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"14\" font-weight=\"bold\">{Enc(title)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Left}\" y=\"{Top}\" width=\"{Width - Left - Right}\" height=\"{Height - Top - Bottom}\" fill=\"none\" stroke=\"#999\"/>");
        foreach (var q in new[] { 0.0, 0.5, 1.0 })
        {
            var y = y0 + (q * (y1 - y0));
            var x = x0 + (q * (x1 - x0));
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 4}\" y=\"{Sy(y) + 4:F1}\" text-anchor=\"end\">{y:G4}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Sx(x):F1}\" y=\"{Height - Bottom + 14}\" text-anchor=\"middle\">{Enc(f(x))}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width / 2}\" y=\"{Height - 4}\" text-anchor=\"middle\">{Enc(xLabel)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"12\" y=\"{Height / 2}\" transform=\"rotate(-90 12 {Height / 2})\" text-anchor=\"middle\">{Enc(yLabel)}</text>");
        var legendX = Left + 8;
        foreach (var s in series)
        {
            var valid = s.Points.Where(p => double.IsFinite(p.X) && double.IsFinite(p.Y)).ToList();
            if (s.Line)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{s.Colour}\" stroke-width=\"1.2\" points=\"{string.Join(' ', valid.Select(p => $"{Sx(p.X):F1},{Sy(p.Y):F1}"))}\"/>");
            }
            else
            {
                foreach (var p in valid)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{Sx(p.X):F1}\" cy=\"{Sy(p.Y):F1}\" r=\"1.8\" fill=\"{s.Colour}\"/>");
                }
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{legendX}\" y=\"{Top + 14}\" fill=\"{s.Colour}\">■ {Enc(s.Name)}</text>");
            legendX += 16 + (7 * s.Name.Length);
        }

        return svg.Append("</svg>").ToString();
    }

    private static string Enc(string text) => WebUtility.HtmlEncode(text);
}
