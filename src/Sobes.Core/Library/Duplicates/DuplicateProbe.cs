namespace Sobes.Core.Library.Duplicates;

/// <summary>
/// A text fingerprinted and signed for one <see cref="NearDuplicateFinder"/>: the costly, stateless half of
/// <see cref="NearDuplicateFinder.Add(long, string)"/>, which an import computes on its parallel analysis
/// threads before handing the probe to the finder in order.
/// </summary>
public sealed class DuplicateProbe
{
    internal DuplicateProbe(MinHasher hasher, TextFingerprint fingerprint, MinHashSignature? signature)
    {
        Hasher = hasher;
        Fingerprint = fingerprint;
        Signature = signature;
    }

    /// <summary>The normalised text's fingerprint.</summary>
    public TextFingerprint Fingerprint { get; }

    internal MinHasher Hasher { get; }

    // Null for a text without words, which never matches and is never indexed.
    internal MinHashSignature? Signature { get; }
}
