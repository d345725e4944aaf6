using Sobes.Core.Library;
using Sobes.Core.Srs;

namespace Sobes.Core.Cards;

/// <summary>What is known of a quiz's right answer.</summary>
/// <param name="Option">The right option's stored index, or null when no key is known.</param>
/// <param name="Trusted">True when an author or the learner set it; false for no key or the crowd's pick.</param>
/// <param name="CrowdPick">The most voted option, when shares are known.</param>
public sealed record QuizKeyInfo(int? Option, bool Trusted, int? CrowdPick)
{
    /// <summary>The crowd's pick's share of the votes (0–1), when shares are known.</summary>
    public double? CrowdShare { get; init; }

    /// <summary>
    /// True when only the crowd's pick is known: the card is not checked, it says that the key is the crowd's and
    /// suggests a grade (<see cref="SuggestedGrade"/>) for the learner to confirm or change.
    /// </summary>
    public bool CrowdOnly => !Trusted && CrowdPick is not null;

    /// <summary>Reads the key of <paramref name="options"/> set by <paramref name="keySource"/>.</summary>
    public static QuizKeyInfo Of(IReadOnlyList<ChoiceOption> options, int? keyOption, Library.KeySource? keySource)
    {
        ArgumentNullException.ThrowIfNull(options);
        int? crowd = options.Any(o => o.Share is not null)
            ? options.Select((o, i) => (Share: o.Share ?? 0, i)).MaxBy(p => p.Share).i
            : null;
        var trusted = keyOption is not null && keySource is { } source && source.IsTrusted();
        return new QuizKeyInfo(trusted ? keyOption : null, trusted, crowd) { CrowdShare = crowd is { } c ? options[c].Share : null };
    }

    /// <summary>
    /// The grade to suggest when only the crowd's pick is known: Good for the pick a clear majority (half or more)
    /// chose, Hard for the pick of a split crowd, Again for another option. Null when the card is checked by a key or
    /// nothing is known.
    /// </summary>
    public Rating? SuggestedGrade(int picked) =>
        !CrowdOnly ? null : picked != CrowdPick ? Rating.Again : CrowdShare >= 0.5 ? Rating.Good : Rating.Hard;
}
