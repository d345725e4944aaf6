using System.Globalization;
using System.Net;
using System.Text;
using Sobes.Cases.Electrolysis.Data;
using Sobes.Cases.Electrolysis.Modelling;

namespace Sobes.Cases.Electrolysis.Reporting;

/// <summary>The reference solution's report: insights with inline SVG plots, faults found, validation and the hidden-period table.</summary>
public static partial class InsightsReport
{
    public static string Render(CaseEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var c = evaluation.Case;
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Electrolysis case: reference solution</title>")
            .Append("<style>body{font-family:sans-serif;max-width:820px;margin:2em auto}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}</style></head><body>")
            .Append(CultureInfo.InvariantCulture, $"<h1>Electrolysis case, seed {c.Options.Seed}: reference solution</h1>");
        Insights(html, c);
        Faults(html, c);
        Models(html, evaluation);
        return html.Append("</body></html>").ToString();
    }

    private static void Insights(StringBuilder html, Generation.GeneratedCase c)
    {
        static double Day(DateTime t) => (t - CutOffBase).TotalDays;
        static string Date(double d) => CutOffBase.AddDays(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var plausible = c.TrainLabs.Where(l => LabCleaning.IsPlausible(l.Value)).ToList();
        var clean = LabCleaning.Clean(c.TrainLabs);
        html.Append("<h2>Lab values over time</h2><p>Two samples a day, with skipped and duplicated entries. Red points are results the cleaning dropped ")
            .Append(CultureInfo.InvariantCulture, $"({plausible.Count - clean.Count + c.TrainLabs.Count(l => !LabCleaning.IsPlausible(l.Value))} of {c.TrainLabs.Count}, typos above 8 % included but off the scale).</p>");
        var dropped = plausible.Where(l => !clean.Any(k => k.Time == l.Time)).ToList();
        html.Append(SvgPlot.Render("Lab alumina (wt%)", "date", "wt%",
            [new PlotSeries("kept", [.. clean.Select(l => (Day(l.Time), l.Value))], "#1f77b4"), new PlotSeries("dropped", [.. dropped.Select(l => (Day(l.Time), l.Value))], "#d62728")],
            Date, (1, 5)));

        var t = c.TrainSensors;
        var daily = Enumerable.Range(0, t.Count).GroupBy(i => t.Times[i].Date).Select(g => (Day: Day(g.Key),
            Board: LabCleaning.Median([.. g.SelectMany(i => Enumerable.Range(SensorSchema.FirstBoardIndex, 16).Select(j => t.Values[j][i])).Where(TemperatureValidity.IsValid)]))).ToList();
        html.Append("<h2>Seasonality in the shell temperatures</h2><p>The room is unheated: the median board temperature follows the outdoor season, ")
            .Append("not the alumina. A model that leans on temperatures will extrapolate badly into winter.</p>")
            .Append(SvgPlot.Render("Daily median of Board Temp. 1–16 (°C)", "date", "°C", [new PlotSeries("median board", [.. daily.Select(d => (d.Day, d.Board))], "#ff7f0e", Line: true)], Date));

        var pairs = DoseCorrelation.Pairs(t, clean, 12);
        var r1 = DoseCorrelation.Over(t, c.TrainLabs, 1);
        var r3 = DoseCorrelation.Over(t, c.TrainLabs, 3);
        var r12 = DoseCorrelation.Over(t, c.TrainLabs, 12);
        html.Append("<h2>Doses and alumina: a feedback loop</h2>")
            .Append(CultureInfo.InvariantCulture, $"<p>Correlation of the lab alumina with the АПГ doses counted in the hour before the sample: <b>{r1:F2}</b>; in the 3 h before: <b>{r3:F2}</b>; in the 12 h before: <b>{r12:F2}</b>. ")
            .Append("More doses go with <i>less</i> alumina because the doses are the controller's answer, not the cause: it feeds more when it sees the back EMF ")
            .Append("and the voltage slope rising, that is when alumina falls — because the cell consumes more (current, current efficiency) or because a blocked or ")
            .Append("drifting feeder delivers less per dose. Only over the last hour does the mass balance show: the doses just fed have raised the alumina. ")
            .Append("So dose count × dose mass is not what reached the bath, and a model must not read many doses as much alumina.</p>")
            .Append(SvgPlot.Render("Doses in the 12 h before a sample against lab alumina", "doses in the 12 h before the sample", "wt%", [new PlotSeries("samples", [.. pairs.Select(p => (p.Doses, p.Lab))], "#2ca02c")], null, (1.5, 4.5)));
    }

    private static readonly DateTime CutOffBase = new(2017, 1, 1);

    private static string Enc(string text) => WebUtility.HtmlEncode(text);
}
