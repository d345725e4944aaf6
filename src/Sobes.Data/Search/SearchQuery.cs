namespace Sobes.Data.Search;

/// <summary>
/// A search as the user typed it. <see cref="Text"/> is plain words, not Lucene syntax: quotes, operators and
/// brackets are ignored. Blank text lists the documents the filter admits, in id order.
/// </summary>
public sealed record SearchQuery(string Text, SearchFilter? Filter, int Skip = 0, int Take = 20)
{
    /// <summary>The most words a search takes (each word is a clause of the query; Lucene stops at 1,024).</summary>
    public const int MaxWords = 64;

    /// <summary>The longest search text, in characters.</summary>
    public const int MaxLength = 2000;

    /// <summary>Why <paramref name="text"/> cannot be searched for (too long), or null when it can.</summary>
    public static string? Problem(string? text) => Problem(text, out _);

    /// <summary>As <see cref="Problem(string?)"/>, handing over the analysed words when the text can be searched for.</summary>
    internal static string? Problem(string? text, out List<AnalyzedWord> words)
    {
        words = [];
        if (text is null)
        {
            return null;
        }

        if (text.Length > MaxLength)
        {
            return $"A search takes at most {MaxLength} characters; this one has {text.Length}.";
        }

        words = SearchText.Analyze(text);
        return words.Count > MaxWords ? $"A search takes at most {MaxWords} words; this one has {words.Count}." : null;
    }
}

/// <summary>
/// Exact-match restrictions: a document passes when it matches at least one value of every field that has values
/// (OR within a field, AND across fields). A null or empty list does not restrict. <see cref="HideAds"/> leaves ads out
/// (the web's lists, search and similar items).
/// </summary>
public sealed record SearchFilter(IReadOnlyList<string>? Kinds, IReadOnlyList<string>? Topics, IReadOnlyList<string>? Sources, bool HideAds = false)
{
    public bool IsEmpty => (Kinds?.Count ?? 0) == 0 && (Topics?.Count ?? 0) == 0 && (Sources?.Count ?? 0) == 0 && !HideAds;
}

/// <summary>One page of hits and the number of all documents that matched.</summary>
public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Hits);

/// <summary>
/// One found document. <see cref="Snippet"/> is plain text (not HTML) around the best-matching passage of the
/// document's text, with each word that matched the query (in any of its forms) wrapped as <c>[[word]]</c>; a
/// literal "[[" or "]]" in the text is broken up, so every marker pair is one of ours. The caller HTML-encodes the
/// snippet and then replaces "[[" / "]]" with &lt;mark&gt; / &lt;/mark&gt;. Cut-off ends are marked with "…".
/// </summary>
public sealed record SearchHit(long Id, float Score, string Title, string Kind, string Snippet);
