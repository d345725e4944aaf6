using Sobes.Data.Storage;

namespace Sobes.Data.Library;

/// <summary>
/// An item as the CLI, the API and <c>sobes export --format jsonl</c> show it. Other tools read this
/// shape: fields are added, never renamed or removed (README documents it).
/// </summary>
public sealed record ItemView
{
    public required long Id { get; init; }

    public required string Kind { get; init; }

    public required string KindRule { get; init; }

    public required string Title { get; init; }

    /// <summary>True when the pipeline made the title because the post's question was lost.</summary>
    public bool TitleInferred { get; init; }

    public string? Question { get; init; }

    public string? Answer { get; init; }

    /// <summary>True when the source hid the answer or a question has none; such an item is kept out of practice.</summary>
    public bool NeedsAnswer { get; init; }

    public required string Body { get; init; }

    public required string Language { get; init; }

    public IReadOnlyList<OptionView> Options { get; init; } = [];

    public KeyView? Key { get; init; }

    public string? Explanation { get; init; }

    /// <summary>A fill-in or matching task's shape; null for any other item.</summary>
    public ShapeView? Shape { get; init; }

    public IReadOnlyList<string> Topics { get; init; } = [];

    public IReadOnlyList<string> Hashtags { get; init; } = [];

    public IReadOnlyList<string> Links { get; init; } = [];

    public IReadOnlyList<CodeView> Code { get; init; } = [];

    public IReadOnlyList<string> Media { get; init; } = [];

    public IReadOnlyList<SourceView> Sources { get; init; } = [];

    /// <summary>How many posts the item absorbed.</summary>
    public int Merged { get; init; }

    /// <summary>For a problem: the kind of generated problem that practises it (`sobes problems new KIND`), when one matches.</summary>
    public string? Generator { get; init; }

    public int Revision { get; init; }

    /// <summary>When the item's first post was published (or imported, for a source without dates): the list's "newest first".</summary>
    public DateTimeOffset? PostedAt { get; init; }

    /// <summary>Why the item waits in the review queue ("title-inferred", "needs-answer", "unsure-kind", "no-topic"); empty when it does not or was dismissed.</summary>
    public IReadOnlyList<string> Review { get; init; } = [];

    /// <summary>When an editor dismissed the item from the review queue.</summary>
    public DateTimeOffset? ReviewDismissedAt { get; init; }

    /// <summary>When an editor deleted the item; only a deleted item's own page and `sobes show` show it.</summary>
    public DateTimeOffset? DeletedAt { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>A quiz option; <c>share</c> is the fraction of votes (0–1) or null when unknown.</summary>
public sealed record OptionView(string Text, double? Share);

/// <summary>The right option (0-based) and who said so; JSON names the source "author", "crowd" (the most voted, a guess) or "user".</summary>
public sealed record KeyView(int Option, [property: System.Text.Json.Serialization.JsonConverter(typeof(KeySourceJson))] Core.Library.KeySource Source);

public sealed record CodeView(string? Language, string Text);

/// <summary>
/// A task's shape: <c>form</c> "fill-in" (the question holds <c>blanks</c> blanks written "____"; <c>answers</c> fill them in
/// order, empty when unknown) or "matching" (<c>pairs</c> of <c>left</c> and <c>right</c>, empty when unknown).
/// </summary>
public sealed record ShapeView(string Form, int Blanks, IReadOnlyList<string> Answers, IReadOnlyList<PairView> Pairs);

public sealed record PairView(string Left, string Right);

public sealed record ReactionView(string Emoji, int Count);

/// <summary>One provenance: the source file, where in it, and what the post showed.</summary>
public sealed record SourceView(string Source, string? SourceTitle, string Format, string Locator, int Line, DateTimeOffset? Date, int? Views, IReadOnlyList<ReactionView> Reactions, string? ForwardedFrom);

/// <summary>A line of a list: enough to choose an item, and why it is in review.</summary>
public sealed record ItemSummary(long Id, string Kind, string Title, IReadOnlyList<string> Topics, int Merged, string Language)
{
    public DateTimeOffset? PostedAt { get; init; }

    public bool NeedsAnswer { get; init; }

    /// <summary>The review reasons (see <see cref="ItemView.Review"/>).</summary>
    public IReadOnlyList<string> Review { get; init; } = [];

    public DateTimeOffset? DeletedAt { get; init; }
}

/// <summary>What the library holds.</summary>
public sealed record LibraryStats(int Items, int Sources, int Provenances, IReadOnlyDictionary<string, int> ByKind, IReadOnlyDictionary<string, int> ByTopic, IReadOnlyDictionary<string, int> ByLanguage, int MergedItems);
