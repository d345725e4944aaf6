namespace Sobes.Core.Library.Duplicates;

/// <summary>
/// What duplicate detection keeps of a text: a hash of its normalised form (the exact-duplicate key)
/// and the sorted, distinct 64-bit hashes of its word shingles (the set Jaccard and containment compare).
/// </summary>
/// <remarks>
/// Shingles are runs of <see cref="ShingleSize"/> consecutive normalised words: 3 for texts of six words
/// or more, 2 for three to five words, single words below that, so that short questions still compare
/// (with bigrams "L1 regularisation" and "L2 regularisation" share nothing, as they should).
/// A text with no letters or digits has no shingles and never matches anything.
/// </remarks>
public sealed class TextFingerprint
{
    /// <summary>Shingle size used for texts of at least six words.</summary>
    public const int DefaultShingleSize = 3;

    private readonly ulong[] shingles;

    internal TextFingerprint(ulong exactHash, int wordCount, int shingleSize, ulong[] shingles, ulong[] anchors)
    {
        ExactHash = exactHash;
        WordCount = wordCount;
        ShingleSize = shingleSize;
        this.shingles = shingles;
        Anchors = anchors;
        Sketch = ShingleSketch.Create(shingles);
    }

    /// <summary>Hash of the whole normalised text; equal texts after normalisation have equal hashes.</summary>
    public ulong ExactHash { get; }

    /// <summary>Number of words in the normalised text.</summary>
    public int WordCount { get; }

    /// <summary>Words per shingle (1, 2 or 3) chosen from <see cref="WordCount"/>.</summary>
    public int ShingleSize { get; }

    /// <summary>Distinct shingle hashes in ascending order.</summary>
    public ReadOnlySpan<ulong> Shingles => shingles;

    /// <summary>Number of distinct shingles.</summary>
    public int ShingleCount => shingles.Length;

    /// <summary>True when the text has no words (empty, or only punctuation and emoji).</summary>
    public bool IsEmpty => shingles.Length == 0;

    /// <summary>Winnowed anchors of the text's leading shingles (see <see cref="Winnowing"/>), sorted and distinct.</summary>
    internal ulong[] Anchors { get; }

    internal ulong[] ShingleArray => shingles;

    /// <summary>The shingles' <see cref="ShingleSketch"/>, or null when it cannot bound anything.</summary>
    internal byte[]? Sketch { get; }

    /// <summary>Normalises <paramref name="text"/> (see <see cref="DuplicateTextNormalizer"/>) and fingerprints it.</summary>
    public static TextFingerprint Create(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Shingler.Fingerprint(DuplicateTextNormalizer.Compose(text));
    }

    /// <summary>The shingle size for a text of <paramref name="wordCount"/> words.</summary>
    public static int ShingleSizeFor(int wordCount) => wordCount switch
    {
        >= 6 => DefaultShingleSize,
        >= 3 => 2,
        _ => 1,
    };
}
