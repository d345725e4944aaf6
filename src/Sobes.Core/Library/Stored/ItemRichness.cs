namespace Sobes.Core.Library.Stored;

/// <summary>Which of two versions of one item a library keeps: the richer one.</summary>
public static class ItemRichness
{
    /// <summary>
    /// How much a version of an item offers a learner: a question title, an answer, options with shares and
    /// a key, code and body length all count. The richest version of a duplicate set is the one kept.
    /// </summary>
    public static int Of(ItemDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var score = Math.Min(draft.Body.Length, 4000) / 10;
        score += draft.Question is not null ? 150 : 0;
        score += draft.Answer is { Length: > 0 } a ? 100 + (Math.Min(a.Length, 2000) / 20) : 0;
        score += draft.Options.Count > 0 ? 200 + (draft.Options.Any(o => o.Share is not null) ? 50 : 0) : 0;
        score += draft.Key?.Source == KeySource.Author ? 100 : 0;
        score += draft.Code.Count * 30;
        score += draft.Kind == ItemKind.Ad ? -300 : 0;
        return score;
    }

    /// <summary>
    /// Whether a post of richness <paramref name="incoming"/> replaces the content of an item of richness
    /// <paramref name="kept"/>: only when strictly richer (a tie keeps what is there), or when it is a newer
    /// version of the same note (<paramref name="newerVersion"/>).
    /// </summary>
    public static bool Replaces(int incoming, int kept, bool newerVersion = false) => newerVersion || incoming > kept;
}
