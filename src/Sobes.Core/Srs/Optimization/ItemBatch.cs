namespace Sobes.Core.Srs.Optimization;

/// <summary>
/// Items packed for the loss: every item's reviews laid end to end (rating and delta), with its start, length, label
/// and weight. The last review of an item is its label; the ones before are its history.
/// </summary>
internal sealed class ItemBatch
{
    public ItemBatch(IReadOnlyList<FsrsItem> items, IReadOnlyList<double> weights)
    {
        Count = items.Count;
        Starts = new int[Count];
        Lengths = new int[Count];
        Labels = new double[Count];
        Weights = weights.ToArray();
        var total = items.Sum(i => i.Reviews.Length);
        Ratings = new int[total];
        DeltaTs = new double[total];
        var at = 0;
        for (var i = 0; i < Count; i++)
        {
            var reviews = items[i].Reviews;
            Starts[i] = at;
            Lengths[i] = reviews.Length;
            Labels[i] = items[i].Recalled ? 1 : 0;
            foreach (var review in reviews)
            {
                Ratings[at] = review.Rating;
                DeltaTs[at] = review.DeltaT;
                at++;
            }
        }

        MaxLength = Count == 0 ? 0 : Lengths.Max();
    }

    public int Count { get; }

    public int MaxLength { get; }

    public int[] Starts { get; }

    public int[] Lengths { get; }

    public double[] Labels { get; }

    public double[] Weights { get; }

    public int[] Ratings { get; }

    public double[] DeltaTs { get; }
}
