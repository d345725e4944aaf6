using Sobes.Core.Cards;
using Sobes.Core.Library;

namespace Sobes.Core.Export;

/// <summary>What a deck export reads of one library item.</summary>
public sealed record ExportItem
{
    /// <summary>The item's id.</summary>
    public required long Id { get; init; }

    /// <summary>The kind's stored name: "question", "note", "quiz", "problem", …</summary>
    public required string Kind { get; init; }

    /// <summary>The item's title.</summary>
    public required string Title { get; init; }

    /// <summary>The question, when the item has one.</summary>
    public string? Question { get; init; }

    /// <summary>The answer, when known.</summary>
    public string? Answer { get; init; }

    /// <summary>The whole text.</summary>
    public required string Body { get; init; }

    /// <summary>Quiz options with the crowd's shares.</summary>
    public IReadOnlyList<ChoiceOption> Options { get; init; } = [];

    /// <summary>The right option (0-based) when known.</summary>
    public int? KeyOption { get; init; }

    /// <summary>Who set the key.</summary>
    public KeySource? KeySource { get; init; }

    /// <summary>A quiz's explanation.</summary>
    public string? Explanation { get; init; }

    /// <summary>Topic slugs, the first the main one.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Hashtags as stored ("#ml").</summary>
    public IReadOnlyList<string> Hashtags { get; init; } = [];

    /// <summary>True when the item waits for an answer and is kept out of practice.</summary>
    public bool NeedsAnswer { get; init; }

    /// <summary>When the item last changed: the note's modification time, so Anki updates a note only when it changed.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The GUID of the Anki note the item was read from, when it came from a deck: the export keeps it.</summary>
    public string? AnkiGuid { get; init; }

    /// <summary>The rule that decided the kind.</summary>
    public string? KindRule { get; init; }

    /// <summary>True when the pipeline made the title because the post's question was lost.</summary>
    public bool TitleInferred { get; init; }

    /// <summary>Links kept beside the text.</summary>
    public IReadOnlyList<string> Links { get; init; } = [];

    /// <summary>Code blocks kept beside the text.</summary>
    public IReadOnlyList<Posts.CodeBlock> Code { get; init; } = [];

    /// <summary>When the item's first post was published, where known.</summary>
    public DateTimeOffset? PostedAt { get; init; }

    /// <summary>The media the item's post carried, as listed.</summary>
    public IReadOnlyList<string> Media { get; init; } = [];

    /// <summary>The item's generated cloze cards (generator key, prompt with its blank, the blanked term).</summary>
    public IReadOnlyList<ExportCloze> Clozes { get; init; } = [];
}

/// <summary>A generated cloze card of an item.</summary>
/// <param name="GeneratorKey">"cloze:" + the term's key.</param>
/// <param name="Prompt">The sentence with the term replaced by <see cref="Cards.Linting.LintRules.Blank"/>.</param>
/// <param name="Answer">The blanked term.</param>
public sealed record ExportCloze(string GeneratorKey, string Prompt, string Answer);
