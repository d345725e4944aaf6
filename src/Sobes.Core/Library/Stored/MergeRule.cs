using Sobes.Core.Library.Duplicates;

namespace Sobes.Core.Library.Stored;

/// <summary>When an incoming post may merge into an item the duplicate finder matched it with.</summary>
public static class MergeRule
{
    /// <summary>
    /// True when <paramref name="draft"/> may merge into the item of <paramref name="match"/>, whose question is
    /// <paramref name="storedQuestion"/>: a quiz and a prose post can share their wording without being the same
    /// thing (a contained match never merges a post with options), and two posts whose questions differ never
    /// merge (<see cref="QuestionIdentity"/>), whatever their bodies share.
    /// </summary>
    public static bool MayMerge(ItemDraft draft, DuplicateMatch match, string? storedQuestion)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (match.Kind == DuplicateKind.Contained && draft.Options.Count > 0)
        {
            return false;
        }

        return !QuestionIdentity.Differ(draft.Question, storedQuestion);
    }
}
