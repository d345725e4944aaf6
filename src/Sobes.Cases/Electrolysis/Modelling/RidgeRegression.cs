namespace Sobes.Cases.Electrolysis.Modelling;

/// <summary>Ridge regression on standardised features; a missing value is replaced by the training mean.</summary>
internal sealed class RidgeRegression
{
    private readonly double[] _means, _scales, _weights;
    private readonly double _intercept;

    private RidgeRegression(double[] means, double[] scales, double[] weights, double intercept) =>
        (_means, _scales, _weights, _intercept) = (means, scales, weights, intercept);

    public static RidgeRegression Fit(IReadOnlyList<float[]> x, IReadOnlyList<double> y, double lambda = 1.0)
    {
        var d = x[0].Length;
        var means = new double[d];
        var scales = new double[d];
        for (var j = 0; j < d; j++)
        {
            var column = x.Select(r => (double)r[j]).Where(double.IsFinite).ToArray();
            means[j] = column.Length > 0 ? column.Average() : 0;
            var sd = column.Length > 1 ? Math.Sqrt(column.Select(v => (v - means[j]) * (v - means[j])).Average()) : 0;
            scales[j] = sd > 1e-9 ? sd : 1;
        }

        var yMean = y.Average();
        var a = new double[d, d];
        var b = new double[d];
        var z = new double[d];
        for (var i = 0; i < x.Count; i++)
        {
            Standardise(x[i], means, scales, z);
            for (var j = 0; j < d; j++)
            {
                b[j] += z[j] * (y[i] - yMean);
                for (var k = 0; k < d; k++)
                {
                    a[j, k] += z[j] * z[k];
                }
            }
        }

        for (var j = 0; j < d; j++)
        {
            a[j, j] += lambda;
        }

        return new RidgeRegression(means, scales, Solve(a, b), yMean);
    }

    public RidgeState State => new(_means, _scales, _weights, _intercept);

    public static RidgeRegression FromState(RidgeState state) => new(state.Means, state.Scales, state.Weights, state.Intercept);

    public double Predict(float[] features)
    {
        var z = new double[features.Length];
        Standardise(features, _means, _scales, z);
        var sum = _intercept;
        for (var j = 0; j < z.Length; j++)
        {
            sum += _weights[j] * z[j];
        }

        return sum;
    }

    private static void Standardise(float[] row, double[] means, double[] scales, double[] z)
    {
        for (var j = 0; j < row.Length; j++)
        {
            z[j] = float.IsFinite(row[j]) ? (row[j] - means[j]) / scales[j] : 0;
        }
    }

    /// <summary>Gaussian elimination with partial pivoting (the matrix is symmetric positive definite).</summary>
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < n; r++)
            {
                if (Math.Abs(a[r, col]) > Math.Abs(a[pivot, col]))
                {
                    pivot = r;
                }
            }

            for (var k = 0; k < n; k++)
            {
                (a[col, k], a[pivot, k]) = (a[pivot, k], a[col, k]);
            }

            (b[col], b[pivot]) = (b[pivot], b[col]);
            for (var r = col + 1; r < n; r++)
            {
                var factor = a[r, col] / a[col, col];
                for (var k = col; k < n; k++)
                {
                    a[r, k] -= factor * a[col, k];
                }

                b[r] -= factor * b[col];
            }
        }

        var x = new double[n];
        for (var r = n - 1; r >= 0; r--)
        {
            var sum = b[r];
            for (var k = r + 1; k < n; k++)
            {
                sum -= a[r, k] * x[k];
            }

            x[r] = sum / a[r, r];
        }

        return x;
    }
}

/// <summary>A fitted ridge model as saved with the predictor.</summary>
internal sealed record RidgeState(double[] Means, double[] Scales, double[] Weights, double Intercept);
