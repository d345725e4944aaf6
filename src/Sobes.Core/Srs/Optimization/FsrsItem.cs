using System.Collections.Immutable;

namespace Sobes.Core.Srs.Optimization;

/// <summary>One review as the optimizer sees it: the rating and the whole learner-days since the card's previous review.</summary>
/// <param name="Rating">1 Again, 2 Hard, 3 Good, 4 Easy.</param>
/// <param name="DeltaT">Whole days since the previous review; 0 for the first review and for same-day reviews.</param>
public readonly record struct FsrsReview(int Rating, int DeltaT);

/// <summary>
/// A training item (fsrs-rs <c>FSRSItem</c>): a card's reviews up to and including the review it labels. The last
/// review is the label (recalled unless rated Again); the ones before it are the history the memory state is built from.
/// </summary>
public sealed class FsrsItem
{
    /// <summary>Creates an item; throws unless it has at least one review, ratings 1–4 and no negative delta.</summary>
    public FsrsItem(ImmutableArray<FsrsReview> reviews, long cardId = -1)
    {
        if (reviews.IsDefaultOrEmpty)
        {
            throw new ArgumentException("A training item needs at least one review.", nameof(reviews));
        }

        foreach (var review in reviews)
        {
            if (review.Rating is < 1 or > 4 || review.DeltaT < 0)
            {
                throw new ArgumentException($"Invalid review in a training item: rating {review.Rating}, delta_t {review.DeltaT}.", nameof(reviews));
            }
        }

        Reviews = reviews;
        CardId = cardId;
    }

    /// <summary>The reviews in order; the last one is the label.</summary>
    public ImmutableArray<FsrsReview> Reviews { get; }

    /// <summary>The card the reviews belong to, or −1 when unknown.</summary>
    public long CardId { get; }

    /// <summary>The labelled review.</summary>
    public FsrsReview Current => Reviews[^1];

    /// <summary>Whether the labelled review was a recall (any rating but Again).</summary>
    public bool Recalled => Current.Rating > 1;

    /// <summary>How many reviews came a day or more after the previous one (fsrs-rs <c>long_term_review_cnt</c>).</summary>
    public int LongTermReviewCount
    {
        get
        {
            var count = 0;
            foreach (var review in Reviews)
            {
                if (review.DeltaT > 0)
                {
                    count++;
                }
            }

            return count;
        }
    }

    /// <summary>The first review a day or more after the previous one (every item built from a log has one: its label).</summary>
    public FsrsReview FirstLongTermReview
    {
        get
        {
            foreach (var review in Reviews)
            {
                if (review.DeltaT > 0)
                {
                    return review;
                }
            }

            throw new InvalidOperationException("The item has no review a day or more after the previous one.");
        }
    }

    /// <inheritdoc />
    public override string ToString() => string.Join(" ", Reviews.Select(r => $"{r.Rating}@{r.DeltaT}"));
}
