namespace Sobes.Core.Library.Review;

/// <summary>Why an item waits in the review queue for an editor to fix or dismiss it.</summary>
public enum ReviewReason
{
    /// <summary>The post's question was lost; the pipeline made the title (<see cref="TitleInference"/>).</summary>
    TitleInferred,

    /// <summary>The source hid the answer, or a question has none (<see cref="ItemKinds.NeedsAnswer"/>).</summary>
    NeedsAnswer,

    /// <summary>The classifier decided the kind on its weakest evidence (<see cref="ReviewRules.UnsureKindRules"/>).</summary>
    UnsureKind,

    /// <summary>An item that is practised got no topic at all: no heading, hashtag or term said what it is about.</summary>
    NoTopic,
}
