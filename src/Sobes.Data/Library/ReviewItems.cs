using Sobes.Core.Library.Review;
using Sobes.Data.Storage;

namespace Sobes.Data.Library;

/// <summary>The review queue in SQL: Core's <see cref="ReviewRules"/> over stored columns, less dismissed and deleted items.</summary>
public static class ReviewItems
{
    internal static readonly string[] UnsureRules = [.. ReviewRules.UnsureKindRules];
    internal static readonly string[] Practised = [.. ReviewRules.PractisedKinds];

    /// <summary>The items of <paramref name="items"/> the queue holds (the same test as <see cref="ReviewRules.Reasons"/>).</summary>
    public static IQueryable<ItemRecord> Pending(IQueryable<ItemRecord> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Where(i => i.ReviewDismissedAt == null && i.DeletedAt == null
            && (i.TitleInferred || i.NeedsAnswer || UnsureRules.Contains(i.KindRule) || (i.Topics == "" && Practised.Contains(i.Kind))));
    }

    /// <summary>The reasons' names for an item's stored values (empty when it is not in the queue).</summary>
    public static IReadOnlyList<string> Reasons(string kind, string kindRule, bool titleInferred, bool needsAnswer, int topicCount) =>
        ReviewRules.Reasons(kind, kindRule, titleInferred, needsAnswer, topicCount).Select(r => r.Name()).ToList();
}
