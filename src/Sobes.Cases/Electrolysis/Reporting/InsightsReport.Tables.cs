using System.Globalization;
using System.Text;
using Sobes.Cases.Electrolysis.Data;
using Sobes.Cases.Electrolysis.Generation;
using Sobes.Cases.Electrolysis.Modelling;

namespace Sobes.Cases.Electrolysis.Reporting;

public static partial class InsightsReport
{
    private static void Faults(StringBuilder html, GeneratedCase c)
    {
        var found = FaultFinder.Find(c.TrainSensors, c.TrainLabs);
        html.Append("<h2>Faults found in the data</h2><ul>");
        foreach (var fault in found)
        {
            html.Append("<li>").Append(Enc(fault)).Append("</li>");
        }

        html.Append("</ul>");
    }

    private static void Models(StringBuilder html, CaseEvaluation e)
    {
        html.Append("<h2>Model</h2><p>Features come from windows that end at the sample time (back-EMF medians over 1, 3 and 12 h, voltage-slope medians, ")
            .Append("noise with the software step undone, dose sums, robust medians of the thermocouples) and from the anchor: the last lab result at least 6 h old ")
            .Append("(results arrive 2–6 h late) and the change in back EMF since it. The linear model is ridge regression on these features. The reference model ")
            .Append("averages it with a domain model: from an anchor smoothed over the last six results carried along the back-EMF curve, ridge on the features plus the ")
            .Append("alumina the back-EMF curve implies, with strongly shrunk boosted trees (ML.NET LightGBM) fitted to what that ridge leaves. The two start from ")
            .Append("different anchors, so part of their errors cancels; the average won in rolling-origin validation on every seed tried.</p>")
            .Append("<h3>Rolling-origin validation (24 h embargo), MAE wt%</h3><table><tr><th>origin</th><th>train</th><th>validate</th><th>training mean</th><th>last lab value</th><th>linear</th><th>reference</th></tr>");
        foreach (var f in e.Run.Folds)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{f.Origin:yyyy-MM-dd}</td><td>{f.Train}</td><td>{f.Validate}</td><td>{f.MeanMae:F3}</td><td>{f.LastValueMae:F3}</td><td>{f.LinearMae:F3}</td><td>{f.TreesMae:F3}</td></tr>");
        }

        html.Append(CultureInfo.InvariantCulture, $"</table><p>Split-conformal 90 % interval from the out-of-fold residuals: ±{e.Run.HalfWidth:F3} wt%.</p>")
            .Append("<h3>Hidden period (evening samples)</h3><table><tr><th>model</th><th>MAE</th><th>RMSE</th><th>R²</th><th>90 % coverage</th></tr>");
        foreach (var s in e.Hidden)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Enc(s.Model)}</td><td>{s.Mae:F3}</td><td>{s.Rmse:F3}</td><td>{s.R2:F2}</td><td>{(s.Coverage is { } v ? v.ToString("P0", CultureInfo.InvariantCulture) : "")}</td></tr>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<tr><td>lab noise floor</td><td>{e.Case.NoiseFloorMae:F3}</td><td></td><td></td><td></td></tr></table>")
            .Append("<h3>The tempting wrong pipeline</h3><p>Lab values forward-filled onto every sensor row, the row's raw readings and time as features, random 3-fold validation.</p>")
            .Append("<table><tr><th>pipeline</th><th>validation MAE</th><th>hidden-period MAE</th></tr>")
            .Append(CultureInfo.InvariantCulture, $"<tr><td>wrong: forward-filled target, random k-fold ({e.Wrong.Rows} rows)</td><td>{e.Wrong.ValidationMae:F3}</td><td>{e.WrongHidden.Mae:F3}</td></tr>")
            .Append(CultureInfo.InvariantCulture, $"<tr><td>reference: samples only, rolling origin</td><td>{e.Run.Folds.Average(f => f.TreesMae):F3}</td><td>{e.Reference.Mae:F3}</td></tr></table>");
    }
}
