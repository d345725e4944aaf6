namespace Sobes.Import.Decks;

/// <summary>How a note's fields become an item.</summary>
internal enum NoteShape
{
    /// <summary>Question and answer: Basic, its reversed variants, a Quizlet term, a CSV row.</summary>
    Basic = 0,

    /// <summary>A text with cloze deletions ({{c1::answer::hint}}) and an optional extra field.</summary>
    Cloze,

    /// <summary>A note type Sobes does not know: question and answer by the type's first template.</summary>
    Other,
}

/// <summary>
/// One flashcard note as a deck format holds it, before it becomes a post: shared by Anki's text and package readers,
/// Quizlet and CSV.
/// </summary>
internal sealed record DeckNote
{
    /// <summary>1-based line where the note's record starts; 0 in a package.</summary>
    public int Line { get; init; }

    /// <summary>Where the note stands when it has no GUID: "line 12", "note 1700000000".</summary>
    public required string Place { get; init; }

    /// <summary>Anki's note GUID: the identity that makes a re-import idempotent.</summary>
    public string? Guid { get; init; }

    public string? NoteType { get; init; }

    public string? Deck { get; init; }

    public required IReadOnlyList<string> Fields { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Fields hold HTML (Anki's "#html:true", every package field).</summary>
    public bool Html { get; init; }

    public NoteShape Shape { get; init; }

    /// <summary>For <see cref="NoteShape.Other"/>: the fields the first template shows on the question side, then those only on the answer side.</summary>
    public IReadOnlyList<int>? QuestionFields { get; init; }

    public IReadOnlyList<int>? AnswerFields { get; init; }

    /// <summary>When the note was last changed, where the format says.</summary>
    public DateTimeOffset? Modified { get; init; }

    /// <summary>The note's cards' answers and memory states (a package's review log and card data), each with its Sobes card where known.</summary>
    public IReadOnlyList<Sobes.Core.Posts.PastCard> History { get; init; } = [];

    /// <summary>The item as a Sobes export wrote it (its note's Sobes field), when the note is a Sobes note.</summary>
    public Sobes.Core.Posts.ItemPreset? Preset { get; init; }
}
