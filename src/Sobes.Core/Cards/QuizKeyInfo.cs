using Sobes.Core.Library;

namespace Sobes.Core.Cards;

/// <summary>What is known of a quiz's right answer.</summary>
/// <param name="Option">The right option's stored index, or null when no key is known.</param>
/// <param name="Trusted">True when an author or the learner set it; false for no key or the crowd's pick.</param>
/// <param name="CrowdPick">The most voted option, when shares are known.</param>
public sealed record QuizKeyInfo(int? Option, bool Trusted, int? CrowdPick)
{
    /// <summary>Reads the key of <paramref name="options"/> set by <paramref name="keySource"/>.</summary>
    public static QuizKeyInfo Of(IReadOnlyList<ChoiceOption> options, int? keyOption, Library.KeySource? keySource)
    {
        ArgumentNullException.ThrowIfNull(options);
        int? crowd = options.Any(o => o.Share is not null)
            ? options.Select((o, i) => (Share: o.Share ?? 0, i)).MaxBy(p => p.Share).i
            : null;
        var trusted = keyOption is not null && keySource is { } source && source.IsTrusted();
        return new QuizKeyInfo(trusted ? keyOption : null, trusted, crowd);
    }
}
