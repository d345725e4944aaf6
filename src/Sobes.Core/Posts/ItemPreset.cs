using Sobes.Core.Library;

namespace Sobes.Core.Posts;

/// <summary>
/// An item exactly as the library that wrote the source had it (a Sobes deck export's own field): the pipeline takes
/// these fields as they are instead of deriving them from the post's text, so a round trip gives the item back whole.
/// </summary>
public sealed record ItemPreset
{
    public required ItemKind Kind { get; init; }

    /// <summary>The rule that decided the kind there ("question:title-asks", "editor"); null: "format:sobes".</summary>
    public string? KindRule { get; init; }

    public required string Title { get; init; }

    public bool TitleInferred { get; init; }

    public string? Question { get; init; }

    public string? Answer { get; init; }

    public required string Body { get; init; }

    public IReadOnlyList<string> Topics { get; init; } = [];

    public IReadOnlyList<string> Hashtags { get; init; } = [];

    public IReadOnlyList<string> Links { get; init; } = [];

    public IReadOnlyList<CodeBlock> Code { get; init; } = [];

    public IReadOnlyList<string> Media { get; init; } = [];

    /// <summary>A quiz's options' shares of the crowd's votes (null where unknown), in option order; empty when not given.</summary>
    public IReadOnlyList<double?> Shares { get; init; } = [];

    /// <summary>A quiz's key and who set it (an editor's key stays the editor's).</summary>
    public QuizKey? Key { get; init; }
}
