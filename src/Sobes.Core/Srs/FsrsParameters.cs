using System.Collections.Immutable;

namespace Sobes.Core.Srs;

/// <summary>
/// The 21 FSRS-6 parameters w0–w20, clamped into the ranges fsrs-rs allows
/// (fsrs-rs <c>parameter_clipper</c>; FSRS-6 adds w19, the same-day stability exponent, and w20, the decay).
/// </summary>
public readonly partial record struct FsrsParameters
{
    /// <summary>How many parameters FSRS-6 has.</summary>
    public const int Count = 21;

    private readonly ImmutableArray<double> values;

    private FsrsParameters(ImmutableArray<double> values) => this.values = values;

    /// <summary>FSRS-6's default parameters, as fsrs-rs ships them (<c>FSRS6_DEFAULT_PARAMETERS</c>).</summary>
    public static FsrsParameters Default => new(DefaultValues);

    /// <summary>The parameters in order w0…w20.</summary>
    public IReadOnlyList<double> Values => values.IsDefault ? DefaultValues : values;

    internal ImmutableArray<double> Array => values.IsDefault ? DefaultValues : values;

    /// <summary>Parameter w<paramref name="index"/>.</summary>
    public double this[int index] => values.IsDefault ? DefaultValues[index] : values[index];

    /// <summary>The forgetting curve's decay, w20 (FSRS-5 used a fixed 0.5).</summary>
    public double Decay => this[20];

    /// <summary>
    /// Validates a vector and clamps each value into its range. Accepts 21 values (FSRS-6),
    /// or 19 (FSRS-5, completed with w19 = 0 and w20 = 0.5 as fsrs-rs does). Throws on any other length or a non-finite value.
    /// </summary>
    public static FsrsParameters Create(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var list = values.ToList();
        if (list.Count == 19)
        {
            list.AddRange([0.0, 0.5]);
        }

        if (list.Count != Count)
        {
            throw new ArgumentException($"FSRS-6 takes {Count} parameters (or 19 of FSRS-5), not {list.Count}.", nameof(values));
        }

        var builder = ImmutableArray.CreateBuilder<double>(Count);
        for (var i = 0; i < Count; i++)
        {
            if (!double.IsFinite(list[i]))
            {
                throw new ArgumentException($"Parameter w{i} is not a finite number.", nameof(values));
            }

            builder.Add(Math.Clamp(list[i], Clamps[i].Low, Clamps[i].High));
        }

        return new FsrsParameters(builder.MoveToImmutable());
    }

    /// <summary>The allowed range of parameter w<paramref name="index"/>.</summary>
    public static (double Low, double High) RangeOf(int index) => Clamps[index];

    /// <inheritdoc />
    public bool Equals(FsrsParameters other) => Values.SequenceEqual(other.Values);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var v in Values)
        {
            hash.Add(v);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => string.Join(", ", Values.Select(v => v.ToString("0.####")));
}
