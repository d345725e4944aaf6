namespace Sobes.Core.Cards;

/// <summary>The order options are shown in: a new order at every showing, reproducible from card id and repetition count.</summary>
public static class ChoiceShuffle
{
    /// <summary>A permutation of 0…<paramref name="count"/>−1; element i is the stored index of the option shown i-th.</summary>
    public static IReadOnlyList<int> Order(long cardId, int reps, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var order = Enumerable.Range(0, count).ToArray();
        // Random(int) is the seeded, stable generator; the seed mixes id and reps like ReviewFuzz does.
        var random = new Random(unchecked((int)((cardId * 1_000_003) ^ (reps * 7919L))));
        random.Shuffle(order);
        return order;
    }
}
