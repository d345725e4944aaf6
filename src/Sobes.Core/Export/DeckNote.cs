namespace Sobes.Core.Export;

/// <summary>The note types a Sobes deck holds.</summary>
public enum DeckNoteType
{
    /// <summary>Front and Back: a question and its answer.</summary>
    Basic,

    /// <summary>Text with cloze deletions ({{c1::…}}) and Back Extra.</summary>
    Cloze,

    /// <summary>Question, Options, Answer (the key, or the crowd's shares when no key is known), Explanation.</summary>
    Quiz,
}

/// <summary>
/// One note of an exported deck: its GUID, type, fields (HTML, in the type's field order), deck, tags, and which Sobes
/// card each of its cards carries the schedule of.
/// </summary>
public sealed record DeckNoteDraft(
    string Guid, DeckNoteType Type, IReadOnlyList<string> Fields, string Deck, IReadOnlyList<string> Tags, long ItemId,
    DateTimeOffset Modified, IReadOnlyList<DeckCardDraft> Cards);

/// <summary>One card of a note: its template or cloze ordinal (0-based) and the generator key of the Sobes card whose schedule it carries (null when none does).</summary>
public sealed record DeckCardDraft(int Ordinal, string? GeneratorKey);
