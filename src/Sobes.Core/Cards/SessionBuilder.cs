namespace Sobes.Core.Cards;

/// <summary>A card that could go into a study session.</summary>
/// <param name="CardId">The card.</param>
/// <param name="ItemId">Its item: cards of one item are siblings.</param>
/// <param name="Topic">Its topic, for interleaving.</param>
/// <param name="Retrievability">Probability of recall now; null for a new card.</param>
public sealed record SessionCandidate(long CardId, long ItemId, string Topic, double? Retrievability);

/// <summary>
/// Orders a study session: due reviews first, the most forgotten (lowest retrievability) first; then new cards
/// up to the day's remaining limit, topics taken in turn. At most one card per item per day: a sibling of a
/// card already answered today, or already in the session, waits for another day (as Anki buries siblings).
/// </summary>
public static class SessionBuilder
{
    /// <summary>The session's cards in the order to show them.</summary>
    /// <param name="due">Cards due now.</param>
    /// <param name="fresh">New cards, in the order they were created.</param>
    /// <param name="newLimit">How many new cards the learner may still start today.</param>
    /// <param name="itemsAnsweredToday">Items with a card answered earlier today.</param>
    /// <param name="maxCards">The most cards in the session.</param>
    public static IReadOnlyList<SessionCandidate> Build(
        IEnumerable<SessionCandidate> due, IEnumerable<SessionCandidate> fresh, int newLimit, IReadOnlySet<long> itemsAnsweredToday, int maxCards = 200)
    {
        ArgumentNullException.ThrowIfNull(due);
        ArgumentNullException.ThrowIfNull(fresh);
        ArgumentNullException.ThrowIfNull(itemsAnsweredToday);
        var taken = new HashSet<long>(itemsAnsweredToday);
        var session = new List<SessionCandidate>();
        foreach (var card in due.OrderBy(c => c.Retrievability ?? 0).ThenBy(c => c.CardId))
        {
            if (session.Count == maxCards) { return session; }
            if (taken.Add(card.ItemId)) { session.Add(card); }
        }

        var added = 0;
        foreach (var card in Interleave(fresh))
        {
            if (session.Count == maxCards || added >= newLimit) { break; }
            if (taken.Add(card.ItemId))
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
