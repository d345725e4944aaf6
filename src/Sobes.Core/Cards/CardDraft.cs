namespace Sobes.Core.Cards;

/// <summary>
/// A card as generation proposes it. A card is identified by its item and <see cref="GeneratorKey"/>
/// (e.g. "flashcard", "cloze:переобучение"), so regenerating an unchanged item yields the same cards.
/// </summary>
/// <param name="ItemId">The item it was built from.</param>
/// <param name="Type">What it asks.</param>
/// <param name="GeneratorKey">Stable key within the item.</param>
/// <param name="Payload">What the card shows.</param>
/// <param name="ItemRevision">The item revision it was built from.</param>
/// <param name="Topic">The topic used to interleave and filter sessions ("" when none).</param>
public sealed record CardDraft(long ItemId, CardType Type, string GeneratorKey, CardPayload Payload, int ItemRevision, string Topic);

/// <summary>A card's content; the fields used depend on the card type. Stored as JSON.</summary>
public sealed record CardPayload
{
    /// <summary>The prompt: a question, a cloze text with "____", a statement.</summary>
    public string Prompt { get; init; } = "";

    /// <summary>The reference answer: the answer text, the blanked term, "true"/"false".</summary>
    public string? Answer { get; init; }

    /// <summary>Multiple choice: the options in stored order.</summary>
    public IReadOnlyList<ChoiceOption>? Options { get; init; }

    /// <summary>Matching: term–definition pairs.</summary>
    public IReadOnlyList<TermDefinition>? Pairs { get; init; }

    /// <summary>Problem: the generator kind whose new instance is drawn at each review.</summary>
    public string? ProblemKind { get; init; }

    /// <summary>Language of the card, "ru" or "en".</summary>
    public string Language { get; init; } = "ru";
}

/// <summary>A term and its definition, as found in an item.</summary>
/// <param name="Term">The term.</param>
/// <param name="Definition">What it is.</param>
/// <param name="ItemId">The item it was found in.</param>
public sealed record TermDefinition(string Term, string Definition, long ItemId);
