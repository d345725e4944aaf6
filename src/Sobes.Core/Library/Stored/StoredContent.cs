namespace Sobes.Core.Library.Stored;

/// <summary>
/// The editable content of a stored item, as the edit locks see it. Topics are slugs; <see cref="OptionCount"/> is
/// how many options the item has (a key is only kept while it names one of them).
/// </summary>
public sealed record StoredContent
{
    public required string Title { get; init; }

    public bool TitleInferred { get; init; }

    public required string Kind { get; init; }

    public required string KindRule { get; init; }

    public bool NeedsAnswer { get; init; }

    public int? KeyOption { get; init; }

    public KeySource? KeySource { get; init; }

    public required string Topics { get; init; }

    public string? Question { get; init; }

    public string? Answer { get; init; }

    public required string Body { get; init; }

    public required string Language { get; init; }

    public int OptionCount { get; init; }
}
