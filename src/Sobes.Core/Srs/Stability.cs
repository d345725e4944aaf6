namespace Sobes.Core.Srs;

/// <summary>Memory stability: the days for retrievability to fall from 100% to 90%.</summary>
public readonly record struct Stability
{
    /// <summary>The least stability FSRS-6 keeps (fsrs-rs <c>S_MIN</c>).</summary>
    public const double MinDays = 0.001;

    /// <summary>The greatest stability FSRS keeps, one hundred years (fsrs-rs <c>S_MAX</c>).</summary>
    public const double MaxDays = 36500;

    /// <summary>Creates a stability; throws unless <paramref name="days"/> is finite and positive.</summary>
    public Stability(double days)
    {
        if (!double.IsFinite(days) || days <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(days), days, "Stability must be a finite positive number of days.");
        }

        Days = days;
    }

    /// <summary>Stability in days.</summary>
    public double Days { get; }

    /// <summary>Clamps <paramref name="days"/> into FSRS's range and wraps it.</summary>
    public static Stability Clamped(double days) => new(Math.Clamp(days, MinDays, MaxDays));

    /// <inheritdoc />
    public override string ToString() => Days.ToString("0.####");
}
