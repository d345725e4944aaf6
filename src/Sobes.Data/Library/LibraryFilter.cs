namespace Sobes.Data.Library;

/// <summary>Which items a list or export shows: kinds, topics and sources (file name) are each any-of; empty means all.</summary>
public sealed record LibraryFilter(IReadOnlyList<string>? Kinds = null, IReadOnlyList<string>? Topics = null, IReadOnlyList<string>? Sources = null)
{
    public static LibraryFilter All { get; } = new();
}
