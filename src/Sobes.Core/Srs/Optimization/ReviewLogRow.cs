namespace Sobes.Core.Srs.Optimization;

/// <summary>
/// One row of a review log in the CSV format of fsrs-rs's binding
/// (<c>card_id,review_time,review_rating,review_state,review_duration</c>).
/// </summary>
/// <param name="CardId">The card reviewed.</param>
/// <param name="ReviewTimeMs">When, in milliseconds since the Unix epoch (UTC).</param>
/// <param name="Rating">1 Again, 2 Hard, 3 Good, 4 Easy.</param>
/// <param name="State">The card's state before the review: 0 new, 1 learning, 2 review, 3 relearning.</param>
/// <param name="DurationMs">How long the answer took, in milliseconds.</param>
public readonly record struct ReviewLogRow(long CardId, long ReviewTimeMs, int Rating, int State, long DurationMs)
{
    /// <summary>Whether the card was new or in (first) learning when reviewed.</summary>
    public bool IsLearning => State is 0 or 1;
}
