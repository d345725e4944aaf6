namespace Sobes.Data.Library;

/// <summary>
/// Which items a list or export shows: kinds, topics and sources (file name) are each any-of; empty means all.
/// <see cref="NeedsAnswer"/> keeps items waiting for an answer, <see cref="InReview"/> the review queue's items,
/// <see cref="HideAds"/> leaves ads out, and <see cref="Deleted"/> shows deleted items instead of the library's.
/// </summary>
public sealed record LibraryFilter(IReadOnlyList<string>? Kinds = null, IReadOnlyList<string>? Topics = null, IReadOnlyList<string>? Sources = null)
{
    public static LibraryFilter All { get; } = new();

    public bool NeedsAnswer { get; init; }

    public bool InReview { get; init; }

    public bool HideAds { get; init; }

    public bool Deleted { get; init; }
}

/// <summary>The order of a list: id (the API's and the exports' default), newest or oldest post first, or title.</summary>
public enum LibrarySort
{
    Id,
    Newest,
    Oldest,
    Title,
}

/// <summary>The names <c>sort=</c> takes: id, newest, oldest, title.</summary>
public static class LibrarySorts
{
    public static IReadOnlyList<string> Names { get; } = ["id", "newest", "oldest", "title"];

    public static string Name(this LibrarySort sort) => Names[(int)sort];

    public static bool TryParse(string? name, out LibrarySort sort)
    {
        var index = name is null ? -1 : Names.ToList().IndexOf(name.Trim().ToLowerInvariant());
        sort = index < 0 ? LibrarySort.Id : (LibrarySort)index;
        return index >= 0;
    }
}
