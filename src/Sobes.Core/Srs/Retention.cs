namespace Sobes.Core.Srs;

/// <summary>Desired retention: the probability of recall at which a review is scheduled (0.70–0.99).</summary>
public readonly record struct Retention
{
    /// <summary>The lowest desired retention accepted.</summary>
    public const double Min = 0.70;

    /// <summary>The highest desired retention accepted.</summary>
    public const double Max = 0.99;

    /// <summary>Creates a desired retention; throws unless <paramref name="value"/> is within 0.70–0.99.</summary>
    public Retention(double value)
    {
        if (!double.IsFinite(value) || value < Min || value > Max)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Desired retention must lie within 0.70–0.99.");
        }

        Value = value;
    }

    /// <summary>Probability of recall, 0.70–0.99.</summary>
    public double Value { get; }

    /// <summary>Anki's default desired retention, 0.90.</summary>
    public static Retention Default { get; } = new(0.90);

    /// <inheritdoc />
    public override string ToString() => Value.ToString("0.###");
}
