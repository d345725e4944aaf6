namespace Sobes.Data.Search;

/// <summary>One item as the search index sees it. <see cref="Id"/> is the item's database id; upserting a document
/// with the same id replaces the earlier one. Topics, sources and kind are exact-match filter values.</summary>
public sealed record SearchDocument(
    long Id,
    string Kind,
    string Title,
    string Text,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Hashtags);
