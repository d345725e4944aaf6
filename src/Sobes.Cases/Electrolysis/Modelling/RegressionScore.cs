namespace Sobes.Cases.Electrolysis.Modelling;

/// <summary>How close predictions came: MAE, RMSE, R² and, when intervals were given, the share they covered.</summary>
public sealed record RegressionScore(string Model, int Count, double Mae, double Rmse, double R2, double? Coverage)
{
    public static RegressionScore Compute(string model, IReadOnlyList<double> actual, IReadOnlyList<double> predicted, IReadOnlyList<(double Lower, double Upper)>? intervals = null)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(predicted);
        if (actual.Count != predicted.Count || actual.Count == 0)
        {
            throw new ArgumentException("need as many predictions as actual values, at least one");
        }

        var n = actual.Count;
        var mean = actual.Average();
        double abs = 0, squares = 0, total = 0;
        for (var i = 0; i < n; i++)
        {
            var e = actual[i] - predicted[i];
            abs += Math.Abs(e);
            squares += e * e;
            total += (actual[i] - mean) * (actual[i] - mean);
        }

        double? coverage = intervals is null ? null : Enumerable.Range(0, n).Count(i => actual[i] >= intervals[i].Lower && actual[i] <= intervals[i].Upper) / (double)n;
        return new RegressionScore(model, n, abs / n, Math.Sqrt(squares / n), total > 0 ? 1 - (squares / total) : 0, coverage);
    }
}
