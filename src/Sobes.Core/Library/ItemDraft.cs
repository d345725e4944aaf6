using Sobes.Core.Posts;

namespace Sobes.Core.Library;

/// <summary>One post after the library pipeline: cleaned, split into title, question and answer, classified and tagged.</summary>
public sealed record ItemDraft
{
    public required ItemKind Kind { get; init; }

    /// <summary>Which classification rule decided the kind, e.g. "poll", "ad:price+call-to-action".</summary>
    public required string KindRule { get; init; }

    public required string Title { get; init; }

    /// <summary>True when the post did not give its title (its question was lost) and the pipeline made one from what the text is about.</summary>
    public bool TitleInferred { get; init; }

    /// <summary>True for an item whose answer the source hid, or a question whose answer was never given: kept out of practice until answered.</summary>
    public bool NeedsAnswer { get; init; }

    /// <summary>A fill-in or matching task's shape; null for any other item.</summary>
    public TaskShape? Shape { get; init; }

    /// <summary>The question as asked; null when the item has none (a note, a resource).</summary>
    public string? Question { get; init; }

    /// <summary>The answer or solution; null when none is known.</summary>
    public string? Answer { get; init; }

    /// <summary>The whole cleaned text.</summary>
    public required string Body { get; init; }

    /// <summary>"ru" or "en": the main script of the text.</summary>
    public required string Language { get; init; }

    public IReadOnlyList<QuizOption> Options { get; init; } = [];

    public QuizKey? Key { get; init; }

    public string? Explanation { get; init; }

    public IReadOnlyList<string> Topics { get; init; } = [];

    public IReadOnlyList<string> Hashtags { get; init; } = [];

    public IReadOnlyList<string> Links { get; init; } = [];

    public IReadOnlyList<CodeBlock> Code { get; init; } = [];

    public IReadOnlyList<string> Media { get; init; } = [];

    /// <summary>Where the post came from.</summary>
    public required Provenance Provenance { get; init; }

    /// <summary>Lines of chrome the pipeline dropped from this post.</summary>
    public int ChromeLinesDropped { get; init; }
}

/// <summary>A quiz option with the crowd's share of votes (0–1) when known.</summary>
public sealed record QuizOption(string Text, double? Share);

/// <summary>The right option of a quiz and who said so.</summary>
public sealed record QuizKey(int Option, KeySource Source);

/// <summary>Who said which option of a quiz is right. The stored names are <see cref="KeySources.Name"/>'s.</summary>
public enum KeySource
{
    /// <summary>The post's author marked it.</summary>
    Author,

    /// <summary>The crowd's most voted option; a guess, not a key.</summary>
    Crowd,

    /// <summary>A learner set it.</summary>
    User,
}

/// <summary>One place an item was read from.</summary>
public sealed record Provenance
{
    public required string Locator { get; init; }

    public int Line { get; init; }

    public DateTimeOffset? Date { get; init; }

    public int? Views { get; init; }

    public IReadOnlyList<Reaction> Reactions { get; init; } = [];

    public string? ForwardedFrom { get; init; }

    /// <summary>The post's cleaned text as read, so a wrong merge can be split again.</summary>
    public required string Text { get; init; }

    /// <summary>Hash of the post's cleaned text: an unchanged post on re-import is recognised by it.</summary>
    public required string TextHash { get; init; }

    /// <summary>The post's poll as read, kept with the text so a quiz split out of a wrong merge gets its options back.</summary>
    public Poll? Poll { get; init; }
}
