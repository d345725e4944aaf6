namespace Sobes.Core.Library;

/// <summary>
/// A topic of the curated taxonomy: a stable slug, its names in both languages and the words that are evidence for it.
/// <see cref="Keywords"/> are specific terms; <see cref="WeakKeywords"/> are common words ("layer", "query") that
/// count for less, so a passing mention does not make a topic.
/// </summary>
public sealed record Topic(string Slug, string NameEn, string NameRu, IReadOnlyList<string> Keywords)
{
    public IReadOnlyList<string> WeakKeywords { get; init; } = [];
}
