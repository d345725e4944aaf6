namespace Sobes.Core.Posts;

/// <summary>
/// One post as a reader found it, before the library pipeline cleans, classifies and merges it.
/// Every source format ends as a list of these (plus diagnostics) in an <see cref="ImportBatch"/>.
/// </summary>
public sealed record RawPost
{
    /// <summary>Where the post stands in its source: "message 123", "line 45", "post channel/123".</summary>
    public required string Locator { get; init; }

    /// <summary>1-based line in the source file where the post starts; 0 when the format has no lines.</summary>
    public int Line { get; init; }

    /// <summary>The post's plain text, lines separated by '\n', markup removed. Chrome may still be in it.</summary>
    public required string Text { get; init; }

    /// <summary>A title the format marks explicitly (a Markdown heading, a summary element); null when none.</summary>
    public string? TitleHint { get; init; }

    /// <summary>An answer the format separates explicitly (a quiz page's shown answer, a Q&amp;A list's body).</summary>
    public string? AnswerHint { get; init; }

    /// <summary>True when the format shows that the post has an answer but hid it (a quiz page's "sign up to view").</summary>
    public bool AnswerHidden { get; init; }

    /// <summary>A fill-in or matching task's shape, when the format shows one.</summary>
    public TaskShape? Shape { get; init; }

    /// <summary>What the format says the post is, when it knows (a quiz page's note section, a poll).</summary>
    public PostKindHint KindHint { get; init; }

    /// <summary>Topic names the format gives (enclosing headings of a Markdown list).</summary>
    public IReadOnlyList<string> TopicHints { get; init; } = [];

    /// <summary>The title of the document or channel the post stands in: words in it only support topics found otherwise.</summary>
    public string? DocumentTitle { get; init; }

    public Poll? Poll { get; init; }

    public IReadOnlyList<CodeBlock> Code { get; init; } = [];

    public IReadOnlyList<string> Links { get; init; } = [];

    public IReadOnlyList<string> Hashtags { get; init; } = [];

    /// <summary>Media the post carried: "photo", "video", "file: cheatsheet.pdf (1.3 MB)".</summary>
    public IReadOnlyList<string> Media { get; init; } = [];

    public DateTimeOffset? Date { get; init; }

    public int? Views { get; init; }

    public IReadOnlyList<Reaction> Reactions { get; init; } = [];

    /// <summary>The channel or person a forwarded post came from.</summary>
    public string? ForwardedFrom { get; init; }

    /// <summary>The named part of its source the post belongs to (an Anki deck): the import records each part as a source of its own.</summary>
    public string? Section { get; init; }

    /// <summary>
    /// A learner's progress on this post's cards in the app it came from (an Anki note's cards), each with the Sobes card
    /// it belongs to where the source says (a generator key) or null for the item's main card.
    /// </summary>
    public IReadOnlyList<PastCard> History { get; init; } = [];

    /// <summary>The item exactly as the library that wrote the source had it, when the source says (a Sobes deck export).</summary>
    public ItemPreset? Preset { get; init; }
}

/// <summary>One card's answers in another app, oldest first, and the FSRS memory state that app kept for it (null when none).</summary>
/// <param name="GeneratorKey">The Sobes card's generator key ("author-cloze:2", "cloze:dropout"), or null for the item's main card.</param>
/// <param name="Reviews">The card's answers, oldest first.</param>
/// <param name="Memory">The memory state the other app kept for the card, or null.</param>
public sealed record PastCard(string? GeneratorKey, IReadOnlyList<PastReview> Reviews, PastMemory? Memory);

/// <summary>An FSRS memory state from another app (Anki's card data "s" and "d"): stability in days, difficulty 1–10.</summary>
public sealed record PastMemory(double Stability, double Difficulty);

/// <summary>One answer from another app's review log: when, the rating (1 again … 4 easy) and how long it took.</summary>
public sealed record PastReview(DateTimeOffset At, int Rating, int DurationMs);

/// <summary>What a reader knows of a post's kind from the format alone.</summary>
public enum PostKindHint
{
    None = 0,
    Question,
    Note,
    Quiz,
    Problem,
    Case,
    Resource,
    Ad,
}

public sealed record Reaction(string Emoji, int Count);

public sealed record CodeBlock(string? Language, string Text);
