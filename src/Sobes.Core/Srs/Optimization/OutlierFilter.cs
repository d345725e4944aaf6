namespace Sobes.Core.Srs.Optimization;

/// <summary>What the outlier filter kept: the items for pretraining the initial stabilities, and the training set.</summary>
/// <param name="Initialization">First-interval items (one long-term review) from the groups kept, grouped by first rating.</param>
/// <param name="Training">The items whose first interval was not dropped, in their original order.</param>
/// <param name="RemovedFirstIntervals">Per first rating (index 1–4), the first intervals (days) whose items were dropped.</param>
public sealed record OutlierFilterResult(
    IReadOnlyList<FsrsItem> Initialization,
    IReadOnlyList<FsrsItem> Training,
    IReadOnlyList<IReadOnlySet<int>> RemovedFirstIntervals);

/// <summary>
/// fsrs-rs's outlier filter (<c>dataset.rs</c>, <c>prepare_training_data</c>). Items whose first long-term review is their
/// label are grouped by first rating, then by that first interval. Within a rating, the rarest intervals (ties: the
/// shorter first) are dropped until 5% of the group (at least 20 items) is gone; of the rest, intervals with fewer than
/// six items, or longer than 100 days (365 after Easy), are dropped too. Every item of a card whose first interval was
/// dropped leaves the training set.
/// </summary>
public static class OutlierFilter
{
    private const int MinimumRemoved = 20;
    private const int RemovedShareDivisor = 20;
    private const int MinimumGroupSize = 6;
    private const int MaxFirstInterval = 100;
    private const int MaxFirstIntervalAfterEasy = 365;

    /// <summary>Applies the filter to items in time order.</summary>
    public static OutlierFilterResult Apply(IReadOnlyList<FsrsItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var groups = new SortedDictionary<int, Dictionary<int, List<FsrsItem>>>();
        foreach (var item in items)
        {
            if (item.LongTermReviewCount != 1)
            {
                continue;
            }

            var rating = item.Reviews[0].Rating;
            if (!groups.TryGetValue(rating, out var byInterval))
            {
                groups[rating] = byInterval = [];
            }

            var interval = item.Current.DeltaT;
            if (!byInterval.TryGetValue(interval, out var members))
            {
                byInterval[interval] = members = [];
            }

            members.Add(item);
        }

        var removed = Enumerable.Range(0, 5).Select(_ => new HashSet<int>()).ToArray();
        var initialization = new List<FsrsItem>();
        foreach (var (rating, byInterval) in groups)
        {
            // Smallest groups first; among equal sizes, the shorter interval first.
            var ordered = byInterval.OrderBy(g => g.Value.Count).ThenBy(g => g.Key).ToList();
            var total = ordered.Sum(g => g.Value.Count);
            var quota = Math.Max(MinimumRemoved, total / RemovedShareDivisor);
            var removedSoFar = 0;
            foreach (var (interval, members) in ordered)
            {
                if (removedSoFar + members.Count >= quota)
                {
                    var limit = rating == 4 ? MaxFirstIntervalAfterEasy : MaxFirstInterval;
                    if (members.Count >= MinimumGroupSize && interval <= limit)
                    {
                        initialization.AddRange(members);
                    }
                    else
                    {
                        removed[rating].Add(interval);
                    }
                }
                else
                {
                    removedSoFar += members.Count;
                    removed[rating].Add(interval);
                }
            }
        }

        var training = items.Where(item => !removed[item.Reviews[0].Rating].Contains(item.FirstLongTermReview.DeltaT)).ToList();
        return new OutlierFilterResult(initialization, training, removed);
    }
}
