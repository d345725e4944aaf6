using Sobes.Core.Library.Duplicates;

namespace Sobes.Core.Tests.Library.Duplicates;

/// <summary>Random shingle-hash sets with a chosen overlap, for checking MinHash estimates.</summary>
internal static class RandomSets
{
    public static (ulong[] A, ulong[] B) Pair(int seed, int sizeA, int sizeB, int common)
    {
        var random = new Random(seed);
        ulong[] shared = Draw(random, common);
        return ([.. shared, .. Draw(random, sizeA - common)], [.. shared, .. Draw(random, sizeB - common)]);
    }

    public static double EstimateError(int seed, int sizeA, int sizeB, int common)
    {
        var (a, b) = Pair(seed, sizeA, sizeB, common);
        double exact = (double)common / (sizeA + sizeB - common);
        double estimate = MinHashSignature.EstimatedJaccard(MinHasher.Default.Compute(a), MinHasher.Default.Compute(b));
        return Math.Abs(estimate - exact);
    }

    private static ulong[] Draw(Random random, int count) =>
        Enumerable.Range(0, count).Select(_ => (ulong)random.NextInt64() ^ ((ulong)random.Next() << 63)).ToArray();
}
