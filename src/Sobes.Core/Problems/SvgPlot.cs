using System.Globalization;
using System.Text;

namespace Sobes.Core.Problems;

/// <summary>Draws a curve in the unit square as a small self-contained SVG (no scripts, no external references).</summary>
internal static class SvgPlot
{
    private const int Size = 240;
    private const int Margin = 36;

    public static string UnitSquareCurve(IReadOnlyList<(double X, double Y)> points, string xLabel, string yLabel, string title)
    {
        var svg = new StringBuilder();
        var full = Size + (2 * Margin);
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{full}\" height=\"{full}\" viewBox=\"0 0 {full} {full}\" font-family=\"sans-serif\" font-size=\"11\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{Escape(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Margin}\" y=\"{Margin}\" width=\"{Size}\" height=\"{Size}\" fill=\"none\" stroke=\"#444\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{X(0)}\" y1=\"{Y(0)}\" x2=\"{X(1)}\" y2=\"{Y(1)}\" stroke=\"#aaa\" stroke-dasharray=\"4 3\"/>");
        for (var t = 0; t <= 4; t++)
        {
            var v = t / 4.0;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(v)}\" y=\"{Y(0) + 14}\" text-anchor=\"middle\">{v:0.##}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(0) - 6}\" y=\"{Y(v) + 4}\" text-anchor=\"end\">{v:0.##}</text>");
        }

        var polyline = string.Join(' ', points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{X(p.X):0.#},{Y(p.Y):0.#}")));
        svg.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{polyline}\" fill=\"none\" stroke=\"#1f6feb\" stroke-width=\"2\"/>");
        foreach (var (x, y) in points)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(x):0.#}\" cy=\"{Y(y):0.#}\" r=\"3\" fill=\"#1f6feb\"/>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Margin + (Size / 2)}\" y=\"{full - 6}\" text-anchor=\"middle\">{Escape(xLabel)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"12\" y=\"{Margin + (Size / 2)}\" text-anchor=\"middle\" transform=\"rotate(-90 12 {Margin + (Size / 2)})\">{Escape(yLabel)}</text>");
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static double X(double v) => Margin + (v * Size);

    private static double Y(double v) => Margin + Size - (v * Size);

    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
