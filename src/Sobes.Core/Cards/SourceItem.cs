namespace Sobes.Core.Cards;

/// <summary>What card generation reads of a library item.</summary>
public sealed record SourceItem
{
    /// <summary>The item's id.</summary>
    public required long Id { get; init; }

    /// <summary>The item kind's stored name: "question", "note", "quiz", "problem", "case", …</summary>
    public required string Kind { get; init; }

    /// <summary>The item's title.</summary>
    public required string Title { get; init; }

    /// <summary>The question, when the item has one.</summary>
    public string? Question { get; init; }

    /// <summary>The answer, when known.</summary>
    public string? Answer { get; init; }

    /// <summary>The whole text.</summary>
    public required string Body { get; init; }

    /// <summary>"ru" or "en".</summary>
    public string Language { get; init; } = "ru";

    /// <summary>Quiz options with the crowd's shares.</summary>
    public IReadOnlyList<ChoiceOption> Options { get; init; } = [];

    /// <summary>The right option (0-based) when known.</summary>
    public int? KeyOption { get; init; }

    /// <summary>Who set the key; null when none.</summary>
    public Library.KeySource? KeySource { get; init; }

    /// <summary>Topic slugs.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>The item's content revision.</summary>
    public int Revision { get; init; } = 1;

    /// <summary>Whether the item holds what a card needs to ask and answer: a question or problem with its answer, a note, a quiz with options.</summary>
    public bool IsAnswered => Kind switch
    {
        "question" or "problem" => !string.IsNullOrWhiteSpace(Answer),
        "note" => true,
        "quiz" => Options.Count >= 2,
        _ => false,
    };
}

/// <summary>A quiz option and the crowd's share of votes (0–1) when known.</summary>
public sealed record ChoiceOption(string Text, double? Share);
