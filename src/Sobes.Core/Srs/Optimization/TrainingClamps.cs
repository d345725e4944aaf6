namespace Sobes.Core.Srs.Optimization;

/// <summary>
/// The parameter clamps applied after every optimizer step (fsrs-rs <c>clip_parameters</c> with one relearning step):
/// the scheduling ranges of <see cref="FsrsParameters"/>, with w19's floor raised to 0.01 while the short-term
/// parameters are trained.
/// </summary>
public static class TrainingClamps
{
    private const double ShortTermExponentFloor = 0.01;

    /// <summary>Clamps <paramref name="w"/> (21 values) in place.</summary>
    public static void Apply(Span<double> w, bool enableShortTerm)
    {
        if (w.Length != FsrsParameters.Count)
        {
            throw new ArgumentException($"Expected {FsrsParameters.Count} parameters, got {w.Length}.", nameof(w));
        }

        for (var i = 0; i < w.Length; i++)
        {
            var (low, high) = FsrsParameters.RangeOf(i);
            if (i == 19 && enableShortTerm)
            {
                low = ShortTermExponentFloor;
            }

            w[i] = Math.Clamp(w[i], low, high);
        }
    }
}
