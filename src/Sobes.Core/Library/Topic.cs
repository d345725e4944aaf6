namespace Sobes.Core.Library;

/// <summary>A topic of the curated taxonomy: a stable slug and its names in both languages.</summary>
public sealed record Topic(string Slug, string NameEn, string NameRu, IReadOnlyList<string> Keywords);
