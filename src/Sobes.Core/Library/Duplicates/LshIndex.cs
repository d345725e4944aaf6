namespace Sobes.Core.Library.Duplicates;

/// <summary>
/// Locality-sensitive hashing over <see cref="MinHashSignature"/>s by banding (Leskovec, Rajaraman, Ullman,
/// "Mining of Massive Datasets", ch. 3.4): the signature is cut into <see cref="Bands"/> bands of
/// <see cref="Rows"/> rows; two texts become candidates when any band agrees in all its rows, which happens
/// with probability 1 − (1 − J^r)^b for Jaccard similarity J (see <see cref="CandidateProbability"/>).
/// </summary>
/// <remarks>
/// The default 32 × 4 over 128 permutations puts the S-curve's midpoint at (1/32)^(1/4) ≈ 0.42, below the
/// default merge threshold of 0.6: pairs at J = 0.6 become candidates with probability 0.988, at 0.5 with
/// 0.87, at 0.3 with 0.23, at 0.1 with 0.003. The choice trades extra candidates (removed by exact
/// verification) for few missed duplicates; 16 × 8 (midpoint 0.71) would miss three in four pairs at 0.6.
/// Each band keeps one dictionary of band hashes; a bucket holds at most 256 ids, so adding and querying
/// cost O(bands) whatever the number of texts indexed.
/// </remarks>
public sealed class LshIndex
{
    /// <summary>Largest number of ids one bucket holds; later ids sharing the band are not added to it.</summary>
    public const int MaxBucketSize = 256;

    private readonly PostingIndex[] bandIndexes;

    /// <summary>Creates an empty index for signatures of at least <paramref name="bands"/> × <paramref name="rows"/> positions.</summary>
    public LshIndex(int bands = 32, int rows = 4)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bands, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        Bands = bands;
        Rows = rows;
        bandIndexes = new PostingIndex[bands];
        for (int band = 0; band < bands; band++)
        {
            bandIndexes[band] = new PostingIndex(MaxBucketSize);
        }
    }

    /// <summary>Number of bands.</summary>
    public int Bands { get; }

    /// <summary>Signature positions per band.</summary>
    public int Rows { get; }

    /// <summary>Number of signatures added.</summary>
    public int Count { get; private set; }

    /// <summary>Probability that two sets of Jaccard similarity <paramref name="jaccard"/> share at least one band.</summary>
    public static double CandidateProbability(double jaccard, int bands, int rows) =>
        1 - Math.Pow(1 - Math.Pow(jaccard, rows), bands);

    /// <summary>Indexes <paramref name="signature"/> under <paramref name="id"/>. Ids are not checked for uniqueness.</summary>
    public void Add(long id, MinHashSignature signature)
    {
        ReadOnlySpan<uint> values = Checked(signature);
        for (int band = 0; band < Bands; band++)
        {
            bandIndexes[band].Add(BandKey(values, band), id);
        }

        Count++;
    }

    /// <summary>Ids sharing at least one band with <paramref name="signature"/>, each once, in order of first discovery.</summary>
    public IReadOnlyList<long> Query(MinHashSignature signature)
    {
        var found = new List<long>();
        Query(signature, found, []);
        return found;
    }

    internal void Query(MinHashSignature signature, List<long> found, HashSet<long> seen)
    {
        ReadOnlySpan<uint> values = Checked(signature);
        for (int band = 0; band < Bands; band++)
        {
            foreach (long id in bandIndexes[band].Postings(BandKey(values, band), out _))
            {
                if (seen.Add(id))
                {
                    found.Add(id);
                }
            }
        }
    }

    // The finder's ids are dense slots, so it marks them in an array rather than a hash set.
    internal void Query(MinHashSignature signature, List<long> found, SlotMarks seen)
    {
        ReadOnlySpan<uint> values = Checked(signature);
        for (int band = 0; band < Bands; band++)
        {
            foreach (long id in bandIndexes[band].Postings(BandKey(values, band), out _))
            {
                if (seen.Add(id))
                {
                    found.Add(id);
                }
            }
        }
    }

    private ReadOnlySpan<uint> Checked(MinHashSignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        if (signature.Length < Bands * Rows)
        {
            throw new ArgumentException($"A signature of {signature.Length} positions is shorter than {Bands} bands × {Rows} rows.", nameof(signature));
        }

        return signature.Values;
    }

    private ulong BandKey(ReadOnlySpan<uint> values, int band)
    {
        ulong key = (ulong)band;
        foreach (uint value in values.Slice(band * Rows, Rows))
        {
            key = Hash64.Combine(key, value);
        }

        return key;
    }
}
