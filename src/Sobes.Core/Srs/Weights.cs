using System.Collections.Immutable;

namespace Sobes.Core.Srs;

/// <summary>The parameters unpacked for the formulas' hot path.</summary>
internal readonly struct Weights
{
    private readonly ImmutableArray<double> values;

    public Weights(FsrsParameters parameters)
    {
        values = parameters.Array;
        Decay = values[20];
    }

    public double Decay { get; }

    public double this[int index] => values[index];
}
