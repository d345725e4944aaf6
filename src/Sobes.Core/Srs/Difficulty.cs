namespace Sobes.Core.Srs;

/// <summary>Memory difficulty on FSRS's scale from 1 (easiest) to 10 (hardest).</summary>
public readonly record struct Difficulty
{
    /// <summary>The easiest difficulty.</summary>
    public const double Min = 1;

    /// <summary>The hardest difficulty.</summary>
    public const double Max = 10;

    /// <summary>Creates a difficulty; throws unless <paramref name="value"/> is within 1–10.</summary>
    public Difficulty(double value)
    {
        if (!double.IsFinite(value) || value < Min || value > Max)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Difficulty must lie within 1–10.");
        }

        Value = value;
    }

    /// <summary>Difficulty within 1–10.</summary>
    public double Value { get; }

    /// <summary>Clamps <paramref name="value"/> into 1–10 and wraps it.</summary>
    public static Difficulty Clamped(double value) => new(Math.Clamp(value, Min, Max));

    /// <inheritdoc />
    public override string ToString() => Value.ToString("0.####");
}
