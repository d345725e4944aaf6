namespace Sobes.Core.Cards;

/// <summary>
/// Whether a regenerated card still asks the same fact, so its schedule is kept. A card is identified by its item and
/// generator key (a cloze by its term, a true/false card by the terms it swaps); what the learner recalls is the fact.
/// Better wording of a prompt, a definition or an explanation keeps the learner's progress; a different answer, a
/// different set of options or of matched terms, or another problem generator starts the card again as new.
/// </summary>
public static class CardFacts
{
    /// <summary>Whether <paramref name="before"/> and <paramref name="after"/>, cards of one key, recall the same fact.</summary>
    public static bool Same(CardType type, CardPayload before, CardPayload after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return type switch
        {
            CardType.MultipleChoice => Texts(before.Options?.Select(o => o.Text)).SequenceEqual(Texts(after.Options?.Select(o => o.Text))),
            CardType.Matching => Texts(before.Pairs?.Select(p => p.Term)).Order(StringComparer.Ordinal)
                .SequenceEqual(Texts(after.Pairs?.Select(p => p.Term)).Order(StringComparer.Ordinal)),
            CardType.Problem => before.ProblemKind == after.ProblemKind,
            _ => Normal(before.Answer) == Normal(after.Answer),
        };
    }

    private static IEnumerable<string> Texts(IEnumerable<string>? texts) => (texts ?? []).Select(Normal);

    // Case, spacing and closing punctuation are wording, not fact.
    private static string Normal(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', '!', '?', ';', ':', ' ').ToLowerInvariant();
}
