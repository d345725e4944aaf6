namespace Sobes.Core.Cards;

/// <summary>A card that could go into a study session.</summary>
/// <param name="CardId">The card.</param>
/// <param name="ItemId">Its item: cards of one item are siblings.</param>
/// <param name="Topic">Its topic, for interleaving.</param>
/// <param name="Retrievability">Probability of recall now; null for a new card.</param>
public sealed record SessionCandidate(long CardId, long ItemId, string Topic, double? Retrievability)
{
    /// <summary>A due card in its (re)learning steps, answered again the same day; not counted against the review limit.</summary>
    public bool InSteps { get; init; }
}

/// <summary>The learner's day so far: what they answered, and what is left of the day's limits.</summary>
/// <param name="ItemsAnswered">Items with a card answered earlier today.</param>
/// <param name="CardsAnswered">The cards answered earlier today.</param>
/// <param name="NewLeft">How many new cards the learner may still start today.</param>
/// <param name="ReviewsLeft">How many due reviews (cards out of their steps) the learner may still do today.</param>
public sealed record SessionDay(IReadOnlySet<long> ItemsAnswered, IReadOnlySet<long> CardsAnswered, int NewLeft, int ReviewsLeft)
{
    public static SessionDay Fresh(int newLeft, int reviewsLeft) => new(new HashSet<long>(), new HashSet<long>(), newLeft, reviewsLeft);
}

/// <summary>
/// Orders a study session: due cards first, the most forgotten (lowest retrievability) first, reviews up to the day's
/// remaining review limit (cards in their learning steps are never held back); then new cards up to the day's remaining
/// limit, topics taken in turn. One card per item per day: a sibling of a card already answered today, or already in
/// the session, waits for another day (as Anki buries siblings), while a card answered today that is due again (a
/// lapse back in its steps) comes back.
/// </summary>
public static class SessionBuilder
{
    /// <summary>The session's cards in the order to show them.</summary>
    /// <param name="due">Cards due now.</param>
    /// <param name="fresh">New cards, in the order they were created.</param>
    /// <param name="day">The learner's day so far.</param>
    /// <param name="maxCards">The most cards in the session.</param>
    public static IReadOnlyList<SessionCandidate> Build(IEnumerable<SessionCandidate> due, IEnumerable<SessionCandidate> fresh, SessionDay day, int maxCards = 200)
    {
        ArgumentNullException.ThrowIfNull(due);
        ArgumentNullException.ThrowIfNull(fresh);
        ArgumentNullException.ThrowIfNull(day);
        var inSession = new HashSet<long>();
        var session = new List<SessionCandidate>();
        var reviews = 0;
        foreach (var card in due.OrderBy(c => c.Retrievability ?? 0).ThenBy(c => c.CardId))
        {
            if (session.Count == maxCards) { return session; }
            if (!card.InSteps && reviews >= day.ReviewsLeft) { continue; }
            if (day.ItemsAnswered.Contains(card.ItemId) && !day.CardsAnswered.Contains(card.CardId)) { continue; }
            if (inSession.Add(card.ItemId))
            {
                session.Add(card);
                reviews += card.InSteps ? 0 : 1;
            }
        }

        var added = 0;
        foreach (var card in Interleave(fresh))
        {
            if (session.Count == maxCards || added >= day.NewLeft) { break; }
            if (!day.ItemsAnswered.Contains(card.ItemId) && inSession.Add(card.ItemId))
            {
                session.Add(card);
                added++;
            }
        }

        return session;
    }

    /// <summary>Round-robin over topics (in order of first appearance), keeping each topic's own order.</summary>
    public static IEnumerable<SessionCandidate> Interleave(IEnumerable<SessionCandidate> cards)
    {
        ArgumentNullException.ThrowIfNull(cards);
        var queues = cards.GroupBy(c => c.Topic).Select(g => new Queue<SessionCandidate>(g)).ToList();
        while (queues.Count > 0)
        {
            foreach (var queue in queues)
            {
                yield return queue.Dequeue();
            }

            queues.RemoveAll(q => q.Count == 0);
        }
    }
}
