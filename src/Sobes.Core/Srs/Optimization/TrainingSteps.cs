namespace Sobes.Core.Srs.Optimization;

/// <summary>Adam (β1 0.9, β2 0.999, ε 1e-8, bias-corrected), as fsrs-rs applies it to the 21 parameters.</summary>
internal sealed class Adam
{
    private const double Beta1 = 0.9;
    private const double Beta2 = 0.999;
    private const double Epsilon = 1e-8;

    private readonly double[] m = new double[FsrsParameters.Count];
    private readonly double[] v = new double[FsrsParameters.Count];
    private int t;

    public void Step(Span<double> parameters, ReadOnlySpan<double> gradient, double learningRate)
    {
        t++;
        var correction1 = 1 - Math.Pow(Beta1, t);
        var correction2 = 1 - Math.Pow(Beta2, t);
        for (var i = 0; i < parameters.Length; i++)
        {
            m[i] = (Beta1 * m[i]) + ((1 - Beta1) * gradient[i]);
            v[i] = (Beta2 * v[i]) + ((1 - Beta2) * gradient[i] * gradient[i]);
            parameters[i] -= learningRate * (m[i] / correction1) / (Math.Sqrt(v[i] / correction2) + Epsilon);
        }
    }
}

/// <summary>
/// Cosine annealing of the learning rate from its initial value to 0 over <c>steps</c> steps, in PyTorch's recursive
/// form (fsrs-rs <c>cosine_annealing.rs</c>).
/// </summary>
internal sealed class CosineAnnealing
{
    private readonly double steps;
    private readonly double initialRate;
    private double count = -1;
    private double rate;

    public CosineAnnealing(double steps, double initialRate)
    {
        this.steps = steps;
        this.initialRate = initialRate;
        rate = initialRate;
    }

    public double Next()
    {
        count++;
        if (count == 0)
        {
            rate = initialRate;
        }
        else if ((count - 1 - steps) % (2 * steps) == 0)
        {
            rate = initialRate * (1 - Math.Cos(Math.PI / steps)) / 2;
        }
        else
        {
            rate = (1 + Math.Cos(Math.PI * count / steps)) / (1 + Math.Cos(Math.PI * (count - 1) / steps)) * rate;
        }

        return rate;
    }
}
