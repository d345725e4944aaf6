namespace Sobes.Core.Library.Review;

/// <summary>
/// Which items go to the review queue. Besides an inferred title and a missing answer, an import is "unsure" of an
/// item where the analyser itself says so from what it stored: the kind came from a last-resort or threshold rule,
/// or a practised item has no topic. The kind rules counted as unsure are
/// <list type="bullet">
/// <item><c>resource:short</c>: a short post that nothing identified (no link, file, teaser, question or task) is
/// called a resource only because nothing else fits;</item>
/// <item>an ad at the bare threshold (score 2 of <see cref="Classifier"/>'s ad signals): one strong signal (a price,
/// "sponsored") or two weak ones (a discount, a call to action, a course offer and its launch or link). Three and
/// more signals are a sure ad.</item>
/// </list>
/// Everything is computed from stored columns (kind, kind rule, topics, the two flags), so the queue can be filtered
/// in SQL and old libraries need no new data.
/// </summary>
public static class ReviewRules
{
    /// <summary>The kinds that become cards: an item of these without a topic is reviewed.</summary>
    public static IReadOnlyList<string> PractisedKinds { get; } = ["question", "note", "quiz", "problem", "case"];

    /// <summary>The classifier's rules (<c>ItemDraft.KindRule</c>) whose decision an editor should confirm.</summary>
    public static IReadOnlyList<string> UnsureKindRules { get; } =
    [
        "resource:short",
        "ad:price",
        "ad:sponsored",
        "ad:discount+call-to-action",
        "ad:discount+offer",
        "ad:call-to-action+offer",
        "ad:offer+launch",
        "ad:offer+link",
    ];

    /// <summary>The reasons an item with these stored values is reviewed, in <see cref="ReviewReason"/> order; empty when it is not.</summary>
    public static IReadOnlyList<ReviewReason> Reasons(string kind, string kindRule, bool titleInferred, bool needsAnswer, int topicCount)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(kindRule);
        var reasons = new List<ReviewReason>(2);
        if (titleInferred)
        {
            reasons.Add(ReviewReason.TitleInferred);
        }

        if (needsAnswer)
        {
            reasons.Add(ReviewReason.NeedsAnswer);
        }

        if (UnsureKindRules.Contains(kindRule, StringComparer.Ordinal))
        {
            reasons.Add(ReviewReason.UnsureKind);
        }

        if (topicCount == 0 && PractisedKinds.Contains(kind, StringComparer.Ordinal))
        {
            reasons.Add(ReviewReason.NoTopic);
        }

        return reasons;
    }

    /// <summary>The reason's name in JSON and on the command line: "title-inferred", "needs-answer", "unsure-kind", "no-topic".</summary>
    public static string Name(this ReviewReason reason) => reason switch
    {
        ReviewReason.TitleInferred => "title-inferred",
        ReviewReason.NeedsAnswer => "needs-answer",
        ReviewReason.UnsureKind => "unsure-kind",
        ReviewReason.NoTopic => "no-topic",
        _ => throw new ArgumentOutOfRangeException(nameof(reason)),
    };
}
