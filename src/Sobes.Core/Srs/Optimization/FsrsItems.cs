using System.Collections.Immutable;
using System.Globalization;

namespace Sobes.Core.Srs.Optimization;

/// <summary>
/// Builds training items from a review log as fsrs-rs's binding does (<c>convert_csv_to_fsrs_items</c>): per card, the
/// reviews from the start of its last run of learning-state reviews on; one item per review that falls a learner-day or
/// more after the previous one, holding every review up to it; same-day reviews stay in the history (they drive the
/// short-term parameters) but are never labels. Items are ordered by the time of their labelled review.
/// </summary>
public static class FsrsItems
{
    private const long MillisecondsPerSecond = 1000;
    private const long SecondsPerDay = 86_400;

    /// <summary>The default start of a learner-day, 04:00 UTC (Anki's and the reference file's).</summary>
    public static TimeSpan DefaultDayStart { get; } = TimeSpan.FromHours(4);

    /// <summary>The training items of <paramref name="entries"/>, days cut at <paramref name="dayStart"/> UTC.</summary>
    public static IReadOnlyList<FsrsItem> FromReviewLog(IEnumerable<ReviewLogRow> entries, TimeSpan dayStart)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (dayStart < TimeSpan.Zero || dayStart >= TimeSpan.FromDays(1))
        {
            throw new ArgumentOutOfRangeException(nameof(dayStart), dayStart, "The day start must be within one day.");
        }

        var dayStartSeconds = (long)dayStart.TotalSeconds;
        var labelled = new List<(long Time, FsrsItem Item)>();

        // The binding groups cards in the order of their ids as strings; ties in review time across cards keep that order.
        var cards = entries
            .GroupBy(e => e.CardId)
            .OrderBy(g => g.Key.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal);
        foreach (var card in cards)
        {
            AddCardItems(card.OrderBy(e => e.ReviewTimeMs).ToList(), dayStartSeconds, labelled);
        }

        return labelled.OrderBy(x => x.Time).Select(x => x.Item).ToList();
    }

    /// <summary>The learner-day of a review time: whole days since the epoch, each starting at the day start (UTC).</summary>
    public static long LearnerDay(long reviewTimeMs, long dayStartSeconds) =>
        FloorDivide((reviewTimeMs / MillisecondsPerSecond) - dayStartSeconds, SecondsPerDay);

    private static void AddCardItems(List<ReviewLogRow> reviews, long dayStartSeconds, List<(long, FsrsItem)> labelled)
    {
        var start = LastLearningRunStart(reviews);
        if (start < 0)
        {
            return;
        }

        var history = ImmutableArray.CreateBuilder<FsrsReview>(reviews.Count - start);
        var previousDay = 0L;
        for (var i = start; i < reviews.Count; i++)
        {
            var day = LearnerDay(reviews[i].ReviewTimeMs, dayStartSeconds);
            var deltaT = i == start ? 0 : (int)Math.Max(day - previousDay, 0);
            previousDay = day;
            history.Add(new FsrsReview(reviews[i].Rating, deltaT));
            if (deltaT > 0)
            {
                labelled.Add((reviews[i].ReviewTimeMs, new FsrsItem(history.ToImmutable(), reviews[i].CardId)));
            }
        }
    }

    // The first index of the last contiguous run of new/learning reviews, or −1 when there is none: a card
    // relearned from scratch (reset) starts its history again there.
    private static int LastLearningRunStart(List<ReviewLogRow> reviews)
    {
        var start = -1;
        for (var i = reviews.Count - 1; i >= 0; i--)
        {
            if (reviews[i].IsLearning)
            {
                start = i;
            }
            else if (start >= 0)
            {
                break;
            }
        }

        return start;
    }

    private static long FloorDivide(long a, long b) => (a / b) - (((a % b) != 0 && ((a < 0) != (b < 0))) ? 1 : 0);
}
