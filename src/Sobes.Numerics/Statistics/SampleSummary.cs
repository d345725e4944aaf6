namespace Sobes.Numerics.Statistics;

/// <summary>Mean, sample standard deviation (divisor n − 1) and size of one group.</summary>
public readonly record struct SampleSummary
{
    /// <summary>Creates a summary; the deviation is non-negative and the count at least 2.</summary>
    public SampleSummary(double mean, double standardDeviation, long count)
    {
        if (!double.IsFinite(mean)) { throw new ArgumentOutOfRangeException(nameof(mean), mean, "The mean is finite."); }
        if (!(standardDeviation >= 0) || !double.IsFinite(standardDeviation))
        {
            throw new ArgumentOutOfRangeException(nameof(standardDeviation), standardDeviation, "The deviation is finite and non-negative.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(count, 2);
        Mean = mean;
        StandardDeviation = standardDeviation;
        Count = count;
    }

    /// <summary>Sample mean.</summary>
    public double Mean { get; }

    /// <summary>Sample standard deviation with Bessel's correction.</summary>
    public double StandardDeviation { get; }

    /// <summary>Observations.</summary>
    public long Count { get; }

    /// <summary>Squared standard error of the mean, s² / n.</summary>
    public double VarianceOfMean => StandardDeviation * StandardDeviation / Count;

    /// <summary>Summarises raw observations (two-pass, so the variance does not cancel).</summary>
    public static SampleSummary Of(ReadOnlySpan<double> values)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(values.Length, 2, nameof(values));
        double sum = 0;
        foreach (var v in values) { sum += v; }
        var mean = sum / values.Length;
        double squares = 0;
        foreach (var v in values) { squares += (v - mean) * (v - mean); }
        return new SampleSummary(mean, Math.Sqrt(squares / (values.Length - 1)), values.Length);
    }
}
